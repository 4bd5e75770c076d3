package org.bulletinkg.rules;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every match of an expression holds, read off the expression itself: the words one of which it must
 * contain — its longest literal run that no match can do without (政协 of {@code {L}政协{H}…主席会议}), or an
 * alternation of such runs (领导小组|工作小组|指挥部) — and, where the reading tells, the characters it starts
 * with (产业园|开发区|新区: 产, 开, 新). A text without the words cannot hold a match, and a plain
 * {@code indexOf} says so far more cheaply than the expression's search over every offset; an offset without a
 * first character cannot start one, and a table look-up says so more cheaply than trying every branch there.
 * Both are derived, never written into the tables: an expression this reading does not follow (flags, quoting,
 * back-references) has none, and is searched as usual.
 */
public final class Keywords {
    private static final Keywords NONE = new Keywords(List.of(), null);

    private final List<String> words;
    /** Whether a match may start with a character, by its code; null when any character may start one. */
    private final boolean[] starts;

    private Keywords(List<String> words, boolean[] starts) {
        this.words = words;
        this.starts = starts;
    }

    /** The keywords of an expression; none when it has flags or a construct this reading does not follow. */
    public static Keywords of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return NONE;
        }
        try {
            Reading r = new Reading(pattern.pattern());
            Need need = r.alternation();
            if (r.at < r.re.length()) {
                return NONE;
            }
            boolean[] starts = null;
            if (need.first() != null) {
                starts = new boolean[Character.MAX_VALUE + 1];
                for (char c : need.first()) {
                    starts[c] = true;
                }
            }
            return new Keywords(need.words() == null ? List.of() : List.copyOf(need.words()), starts);
        } catch (Unfollowed e) {
            return NONE;
        }
    }

    /** Whether the expression may match somewhere in text: true when text holds one of the words, or there are none. */
    public boolean mayMatch(String text) {
        if (words.isEmpty()) {
            return true;
        }
        for (String w : words) {
            if (text.indexOf(w) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code m.find(from)} does — the first match of m's expression that starts at {@code from} or later,
     * in m's whole input — trying the expression only at offsets that hold a first character of it.
     * A caller going through every match goes on from {@link #after}.
     *
     * @param m a matcher of the expression these are the keywords of
     */
    public boolean find(Matcher m, String text, int from) {
        if (from > text.length()) {
            return false;
        }
        if (starts == null) {
            return m.find(from);
        }
        // as find() tries each offset: the text before and after the offset in view, ^ only at the text's start
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < text.length(); i++) {
            if (starts[text.charAt(i)] && m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Where the search for the next match goes on after m's match, as {@code Matcher.find()} goes on. */
    public static int after(Matcher m) {
        return m.end() == m.start() ? m.end() + 1 : m.end();
    }

    /** The words, one of which a text must hold; empty when the expression gives none. */
    public List<String> words() {
        return words;
    }

    /** Whether the reading tells the characters a match starts with. */
    public boolean knowsFirstCharacters() {
        return starts != null;
    }

    @Override
    public String toString() {
        return words.toString();
    }

    /**
     * What a part of an expression needs of a match: words one of which it holds (null for none), and the
     * characters it starts with (null where the part may start with any, or with nothing).
     */
    private record Need(Set<String> words, Set<Character> first) {
    }

    /** A construct the reading does not follow: the expression then has no keywords. */
    private static final class Unfollowed extends RuntimeException {
        Unfollowed() {
            super(null, null, false, false);
        }
    }

    /**
     * A recursive reading of the expression's syntax. Each part yields what a match of it needs ({@link Need}):
     * a class, an optional part or a negative look-around needs no words.
     */
    private static final class Reading {
        private static final Comparator<Set<String>> BETTER = Comparator
                .comparingInt((Set<String> s) -> s.stream().mapToInt(String::length).min().orElse(0))
                .thenComparing(Comparator.comparingInt((Set<String> s) -> s.size()).reversed());

        private final String re;
        private int at;

        Reading(String re) {
            this.re = re;
        }

        /** Branches separated by |: each must need words, and a match needs one of any branch's. */
        Need alternation() {
            Set<String> all = new LinkedHashSet<>();
            Set<Character> first = new LinkedHashSet<>();
            boolean everyWords = true;
            boolean everyFirst = true;
            while (true) {
                Need branch = sequence();
                if (branch.words() == null) {
                    everyWords = false;
                } else {
                    all.addAll(branch.words());
                }
                if (branch.first() == null) {
                    everyFirst = false;
                } else {
                    first.addAll(branch.first());
                }
                if (at < re.length() && re.charAt(at) == '|') {
                    at++;
                } else {
                    return new Need(everyWords ? all : null, everyFirst ? first : null);
                }
            }
        }

        /**
         * Parts one after another: the best of what they need (the longest run of literal characters, …); the
         * first characters of the first part, where it is a literal character or a group that a match cannot skip.
         */
        private Need sequence() {
            Set<String> best = null;
            Set<Character> first = null;
            boolean atStart = true;
            StringBuilder run = new StringBuilder();
            while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
                int literal = -1;
                Need needed = null;
                char c = re.charAt(at);
                if (c == '\\') {
                    literal = escape();
                } else if (c == '[') {
                    characterClass();
                } else if (c == '(') {
                    needed = group();
                } else if (c == '.' || c == '^' || c == '$' || Character.isSurrogate(c)) {
                    at += Character.isSurrogate(c) ? 2 : 1;
                } else if (c == '?' || c == '*' || c == '+' || c == '{') {
                    throw new Unfollowed();
                } else {
                    literal = c;
                    at++;
                }
                int min = quantifierMin();
                if (atStart) {
                    atStart = false;
                    if (min != 0 && literal >= 0) {
                        first = Set.of((char) literal);
                    } else if (min != 0 && needed != null) {
                        first = needed.first();
                    }
                }
                if (literal >= 0 && min < 0) {
                    run.append((char) literal);
                    continue;
                }
                best = better(best, run);
                run.setLength(0);
                if (min == 0) {
                    continue;
                }
                if (literal >= 0) {
                    best = better(best, Set.of(String.valueOf((char) literal)));
                } else if (needed != null && needed.words() != null) {
                    best = better(best, needed.words());
                }
            }
            return new Need(better(best, run), first);
        }

        private static Set<String> better(Set<String> best, StringBuilder run) {
            return run.length() == 0 ? best : better(best, Set.of(run.toString()));
        }

        private static Set<String> better(Set<String> best, Set<String> other) {
            return best == null || BETTER.compare(other, best) > 0 ? other : best;
        }

        /** The least count of the quantifier after a part (0 for ?, *, {0,…}), or -1 where there is none. */
        private int quantifierMin() {
            if (at >= re.length()) {
                return -1;
            }
            char c = re.charAt(at);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                at++;
            } else if (c == '+') {
                min = 1;
                at++;
            } else if (c == '{') {
                int close = re.indexOf('}', at);
                if (close < 0) {
                    throw new Unfollowed();
                }
                String bounds = re.substring(at + 1, close);
                if (!bounds.matches("\\d+(?:,\\d*)?")) {
                    throw new Unfollowed();
                }
                min = Integer.parseInt(bounds.split(",", -1)[0]);
                at = close + 1;
            } else {
                return -1;
            }
            if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
                at++;
            }
            return min;
        }

        /** An escape: the character it stands for when it is a literal one (\. \（), else -1. */
        private int escape() {
            if (at + 1 >= re.length()) {
                throw new Unfollowed();
            }
            char c = re.charAt(at + 1);
            at += 2;
            if (!Character.isLetterOrDigit(c)) {
                if (Character.isSurrogate(c)) {
                    throw new Unfollowed();
                }
                return c;
            }
            switch (c) {
                case 'p', 'P', 'x', 'N' -> {
                    if (at < re.length() && re.charAt(at) == '{') {
                        skipPast('}');
                    } else {
                        at += c == 'x' ? 2 : c == 'N' ? 0 : 1;
                    }
                }
                case 'k' -> skipPast('>');
                case 'u' -> at += 4;
                case 'c' -> at += 1;
                case '0' -> {
                    while (at < re.length() && re.charAt(at) >= '0' && re.charAt(at) <= '7') {
                        at++;
                    }
                }
                default -> {
                    if (Character.isDigit(c) || c == 'Q' || c == 'E') {
                        throw new Unfollowed(); // back-references and quoting
                    }
                }
            }
            if (at > re.length()) {
                throw new Unfollowed();
            }
            return -1;
        }

        private void skipPast(char close) {
            int i = re.indexOf(close, at);
            if (i < 0) {
                throw new Unfollowed();
            }
            at = i + 1;
        }

        /** A character class, nested ones and escapes within it: needs no word. */
        private void characterClass() {
            at++;
            if (at < re.length() && re.charAt(at) == '^') {
                at++;
            }
            if (at < re.length() && re.charAt(at) == ']') {
                throw new Unfollowed();
            }
            int depth = 1;
            while (depth > 0) {
                if (at >= re.length()) {
                    throw new Unfollowed();
                }
                char c = re.charAt(at);
                if (c == '\\') {
                    escape();
                    continue;
                }
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
                at++;
            }
        }

        /**
         * A group: what its content needs, but no words for a negative look-around and no first characters for
         * any look-around (it starts no match).
         */
        private Need group() {
            at++;
            boolean negative = false;
            boolean lookaround = false;
            if (re.startsWith("?", at)) {
                if (re.startsWith("?:", at) || re.startsWith("?>", at)) {
                    at += 2;
                } else if (re.startsWith("?=", at)) {
                    lookaround = true;
                    at += 2;
                } else if (re.startsWith("?!", at)) {
                    negative = true;
                    lookaround = true;
                    at += 2;
                } else if (re.startsWith("?<=", at)) {
                    lookaround = true;
                    at += 3;
                } else if (re.startsWith("?<!", at)) {
                    negative = true;
                    lookaround = true;
                    at += 3;
                } else if (re.startsWith("?<", at)) {
                    skipPast('>');
                } else {
                    throw new Unfollowed(); // inline flags
                }
            }
            Need inner = alternation();
            if (at >= re.length() || re.charAt(at) != ')') {
                throw new Unfollowed();
            }
            at++;
            return new Need(negative ? null : inner.words(), lookaround ? null : inner.first());
        }
    }
}

package org.bulletinkg.rules;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words one of which every text an expression can match in must hold, read off the expression itself: its
 * longest literal run that no match can do without (政协 of {@code {L}政协{H}…主席会议}), or an alternation of
 * such runs (领导小组|工作小组|指挥部). A rule whose words a text lacks cannot match there, and a plain
 * {@code indexOf} says so far more cheaply than the expression's search over every position. The words are
 * derived, never written into the tables: an expression this reading does not follow (flags, quoting,
 * back-references) has none, and is always run.
 */
public final class Keywords {
    private static final Keywords NONE = new Keywords(List.of());

    private final List<String> words;

    private Keywords(List<String> words) {
        this.words = words;
    }

    /** The keywords of an expression; none when it has flags or a construct this reading does not follow. */
    public static Keywords of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return NONE;
        }
        try {
            Reading r = new Reading(pattern.pattern());
            Set<String> found = r.alternation();
            if (r.at < r.re.length() || found == null) {
                return NONE;
            }
            return new Keywords(List.copyOf(found));
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

    /** The words, one of which a text must hold; empty when the expression gives none. */
    public List<String> words() {
        return words;
    }

    @Override
    public String toString() {
        return words.toString();
    }

    /** A construct the reading does not follow: the expression then has no keywords. */
    private static final class Unfollowed extends RuntimeException {
        Unfollowed() {
            super(null, null, false, false);
        }
    }

    /**
     * A recursive reading of the expression's syntax. Each part yields the words one of which a match of it must
     * hold, or null when it needs none (a class, an optional part, a negative look-around).
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
        Set<String> alternation() {
            Set<String> all = new LinkedHashSet<>();
            boolean every = true;
            while (true) {
                Set<String> branch = sequence();
                if (branch == null) {
                    every = false;
                } else {
                    all.addAll(branch);
                }
                if (at < re.length() && re.charAt(at) == '|') {
                    at++;
                } else {
                    return every ? all : null;
                }
            }
        }

        /** Parts one after another: the best of what they need (the longest run of literal characters, …). */
        private Set<String> sequence() {
            Set<String> best = null;
            StringBuilder run = new StringBuilder();
            while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
                int literal = -1;
                Set<String> needed = null;
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
                } else if (needed != null) {
                    best = better(best, needed);
                }
            }
            return better(best, run);
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

        /** A group: what its content needs, but nothing for a negative look-around. */
        private Set<String> group() {
            at++;
            boolean negative = false;
            if (re.startsWith("?", at)) {
                if (re.startsWith("?:", at) || re.startsWith("?>", at) || re.startsWith("?=", at)) {
                    at += 2;
                } else if (re.startsWith("?!", at)) {
                    negative = true;
                    at += 2;
                } else if (re.startsWith("?<=", at)) {
                    at += 3;
                } else if (re.startsWith("?<!", at)) {
                    negative = true;
                    at += 3;
                } else if (re.startsWith("?<", at)) {
                    skipPast('>');
                } else {
                    throw new Unfollowed(); // inline flags
                }
            }
            Set<String> inner = alternation();
            if (at >= re.length() || re.charAt(at) != ')') {
                throw new Unfollowed();
            }
            at++;
            return negative ? null : inner;
        }
    }
}

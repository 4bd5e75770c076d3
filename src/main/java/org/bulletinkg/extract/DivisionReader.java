package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.extract.Gazetteer.Division;
import org.bulletinkg.extract.Gazetteer.Level;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.resolve.Iris;
import org.bulletinkg.rules.RuleTable;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * Places of the national gazetteer named in a bulletin: full names (运城市, 嘎鲁图镇), short forms (山西, 运城,
 * 义乌) and names qualified by their parent (河北省阜平县). A name several divisions share (朝阳区 in Beijing and
 * Changchun, 城关镇 in many counties) is read as the one within the bulletin's jurisdiction, else the one whose
 * parent the text names; a name that stays ambiguous is left out. Short forms of counties and townships, and
 * two-character names (和县), count only within the jurisdiction; a name right before an organisation word
 * (海淀区委) is part of that organisation's name ({@code rules/places.tsv}).
 */
final class DivisionReader {
    private static final int MAX_LENGTH = 12;
    private static Pattern organisationAfter;
    private static Pattern eventAfter;
    private static Pattern village;
    private static final String LEVEL_WORDS = "省市州盟县区旗";
    private static Pattern commonWord;
    private static Pattern shortContinuation;

    static {
        for (RuleTable.Row r : RuleTable.read("places.tsv")) {
            switch (r.name()) {
                case "organisation-after" -> organisationAfter = Pattern.compile(r.get(1));
                case "event-after" -> eventAfter = Pattern.compile(r.get(1));
                case "village" -> village = Pattern.compile(r.get(1));
                case "common-word" -> commonWord = Pattern.compile(r.get(1));
                case "short-continuation" -> shortContinuation = Pattern.compile(r.get(1));
                default -> {
                    // zone, zone-before, landmark: the zone reader's
                }
            }
        }
    }

    private final Gazetteer gazetteer;
    /** Every full name and short form, found in one pass over a text (Aho-Corasick). */
    private final AhoCorasickDoubleArrayTrie<Boolean> names = new AhoCorasickDoubleArrayTrie<>();

    private static volatile DivisionReader standard;

    /** The reader of the bundled gazetteer, built once per process (its automaton is shared by all threads). */
    static DivisionReader standard() {
        DivisionReader r = standard;
        if (r == null) {
            synchronized (DivisionReader.class) {
                r = standard;
                if (r == null) {
                    r = new DivisionReader(Gazetteer.standard());
                    standard = r;
                }
            }
        }
        return r;
    }

    DivisionReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        java.util.TreeMap<String, Boolean> all = new java.util.TreeMap<>();
        for (Division d : gazetteer.all()) {
            add(all, d.name());
            if (d.shortName() != null) {
                add(all, d.shortName());
            }
        }
        names.build(all);
    }

    private static void add(java.util.TreeMap<String, Boolean> all, String name) {
        if (name.length() >= 2 && name.length() <= MAX_LENGTH) {
            all.put(name, Boolean.TRUE);
        }
    }

    /**
     * Where the gazetteer's names occur in a bulletin's text, and which characters stand inside 《》: found
     * once per bulletin, read by both passes.
     */
    static final class Occurrences {
        private final String text;
        /** The lengths of the names that start at each offset (bit n: length n). */
        private final int[] lengthsAt;
        private final boolean[] inTitleMarks;

        private Occurrences(String text, int[] lengthsAt, boolean[] inTitleMarks) {
            this.text = text;
            this.lengthsAt = lengthsAt;
            this.inTitleMarks = inTitleMarks;
        }

        /** Which characters stand inside 《》 (a title's words name no place of the text). */
        boolean[] inTitleMarks() {
            return inTitleMarks;
        }

        /** Whether one of the gazetteer's names (full or short) of this length ends right before {@code end}. */
        boolean nameEndsAt(int end, int length) {
            int start = end - length;
            return start >= 0 && length < 32 && (lengthsAt[start] & (1 << length)) != 0;
        }
    }

    /** The names of the bulletin's text, in one pass of the automaton. */
    Occurrences occurrences(Bulletin b) {
        String text = b.text();
        int[] lengthsAt = new int[text.length()];
        names.parseText(text, (begin, end, value) -> lengthsAt[begin] |= 1 << (end - begin));
        return new Occurrences(text, lengthsAt, insideBookTitles(text));
    }

    /**
     * The divisions named in the text, in text order, each once.
     *
     * @param found         the names in the bulletin's text ({@link #occurrences})
     * @param jurisdiction  the bulletin's jurisdiction, or null
     * @param taken         characters other readers have claimed (a zone of the place dictionary); updated
     * @param fullNamesOnly only full names of three characters or more: the first pass, so that 金融街街道
     *                      claims its text before the zone 金融街 does
     */
    List<Mention> read(Occurrences found, Division jurisdiction, boolean[] taken, boolean fullNamesOnly) {
        String text = found.text;
        int[] lengthsAt = found.lengthsAt;
        boolean[] inTitleMarks = found.inTitleMarks;
        Asked asked = new Asked();
        List<Mention> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int lengths = lengthsAt[i];
            int matched = 0;
            if (lengths != 0 && !taken[i] && !inTitleMarks[i]) {
                for (int len = Math.min(MAX_LENGTH, text.length() - i); len >= 2 && matched == 0; len--) {
                    if ((lengths & (1 << len)) == 0) {
                        continue;
                    }
                    String s = text.substring(i, i + len);
                    Division d = choose(s, text, i, len, jurisdiction, fullNamesOnly, asked);
                    if (d == null) {
                        continue;
                    }
                    matched = len;
                    int after = chainEnd(text, i + len, d, lengthsAt);
                    if (!partOfName(text, after) && !partOfName(text, listEnd(text, after, lengthsAt))
                            && !seen.contains(d.code())) {
                        seen.add(d.code());
                        String rule = s.equals(d.name()) ? "place-division" : "place-division-short";
                        out.add(new Mention(d.name(), Iris.division(d.code()), s, false,
                                Evidence.of(i, i + len, rule)));
                    }
                    matched += villageAfter(text, i + len, d, taken, out);
                }
            }
            if (matched > 0) {
                for (int k = i; k < i + matched; k++) {
                    taken[k] = true;
                }
                i += matched;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The division a zone's name starts with (河津经济开发区: 河津市; 中关村科学城: none): the one of that name or short
     * form in the jurisdiction's province, else the only division of that full name; null when none is sure.
     */
    Division leadingDivision(String name, Division jurisdiction) {
        for (int len = Math.min(MAX_LENGTH, name.length() - 2); len >= 2; len--) {
            String prefix = name.substring(0, len);
            List<Division> full = new ArrayList<>(len >= 3 ? gazetteer.named(prefix) : List.of());
            List<Division> candidates = new ArrayList<>(full);
            candidates.addAll(gazetteer.shortNamed(prefix));
            candidates.removeIf(c -> c.abolished() || c.level() == Level.TOWNSHIP);
            full.retainAll(candidates);
            if (candidates.isEmpty()) {
                continue;
            }
            if (jurisdiction != null) {
                Division province = jurisdiction;
                while (gazetteer.parentOf(province) != null) {
                    province = gazetteer.parentOf(province);
                }
                Division p = province;
                List<Division> near = candidates.stream().filter(c -> gazetteer.within(c, p)).toList();
                if (near.size() == 1) {
                    return near.get(0);
                }
            }
            // far from the jurisdiction, only a full name that one division has (龙门新城 is no place of 龙门县)
            return full.size() == 1 && candidates.size() == 1 ? full.get(0) : null;
        }
        return null;
    }

    /**
     * A village or community right after the county or township that holds it (阜平县骆驼湾村): read as a place
     * within that division; returns the length it takes (0: none).
     */
    private static int villageAfter(String text, int at, Division d, boolean[] taken, List<Mention> out) {
        if (d.level() != Level.COUNTY && d.level() != Level.TOWNSHIP || at >= text.length() || taken[at]) {
            return 0;
        }
        Matcher v = village.matcher(text).region(at, text.length());
        if (!v.lookingAt()) {
            return 0;
        }
        String name = v.group(1);
        out.add(new Mention(name, null, name, false, Evidence.of(at, v.end(1), "place-village"))
                .within(Iris.division(d.code())));
        return name.length();
    }

    /**
     * Where a chain of division names that starts at {@code at}, after {@code first}, ends (苏州市|吴中区|第五届委员会,
     * 吉林省|通化市|东昌区|政协, 青海省|海北州|委书记): a division that qualifies the next one is part of the name the
     * chain's end belongs to.
     */
    private int chainEnd(String text, int at, Division first, int[] lengthsAt) {
        int pos = at;
        Division previous = first;
        while (pos < text.length() && lengthsAt[pos] != 0) {
            int next = 0;
            for (int len = Math.min(MAX_LENGTH, text.length() - pos); len >= 2 && next == 0; len--) {
                if ((lengthsAt[pos] & (1 << len)) == 0) {
                    continue;
                }
                String s = text.substring(pos, pos + len);
                List<Division> named = len >= 3 ? gazetteer.named(s) : List.of();
                // a full name, or the short form of a division of the one before it (青海省海北州)
                Division parent = previous;
                Division child = gazetteer.shortNamed(s).stream()
                        .filter(c -> parent != null && parent.code().equals(c.parent())).findFirst().orElse(null);
                if (!named.isEmpty() || child != null) {
                    next = len;
                    previous = child != null ? child : named.get(0);
                    // 海北州: a short form written with its level word
                    if (child != null && pos + len < text.length() && LEVEL_WORDS.indexOf(text.charAt(pos + len)) >= 0) {
                        next++;
                    }
                }
            }
            if (next == 0) {
                break;
            }
            pos += next;
        }
        return pos;
    }

    /** The division a name at text[i, i+len) stands for, or null when it stands for none or stays ambiguous. */
    private Division choose(String s, String text, int i, int len, Division j, boolean fullNamesOnly,
                            Asked asked) {
        List<Division> full = fullNamesOnly && s.length() < 3 ? List.of() : gazetteer.named(s);
        List<Division> shortForms = fullNamesOnly ? List.of() : gazetteer.shortNamed(s);
        if (full.isEmpty() && shortForms.isEmpty()) {
            return null;
        }
        Division best = null;
        int bestScore = 0;
        int candidates = 0;
        for (Division d : full) {
            int score = fullScore(d, s, text, i, j, asked);
            if (score > 0) {
                candidates++;
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        for (Division d : shortForms) {
            int score = shortScore(d, s, text, i, len, j, asked);
            if (score > 0) {
                candidates++;
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        // of several readings equally supported, none is sure; the first pass reads only names the context
        // supports (城北区 of 西宁 is no place of a Haidian bulletin's 中关村科学城北区)
        if (best != null && bestScore < 3 && (candidates > 1 || fullNamesOnly)) {
            return null;
        }
        return best;
    }

    /** 4: within the jurisdiction; 3: the parent named in the text; 2: unique or high; 0: not read. */
    private int fullScore(Division d, String s, String text, int i, Division j, Asked asked) {
        int context = context(d, text, j, asked);
        if (s.length() == 2) {
            return context >= 3 ? context : 0;
        }
        if (context > 0) {
            return context;
        }
        return switch (d.level()) {
            case PROVINCE, PREFECTURE -> 2;
            case COUNTY -> gazetteer.named(s).size() == 1 ? 2 : 1;
            case TOWNSHIP -> 0;
        };
    }

    private int shortScore(Division d, String s, String text, int i, int len, Division j,
                           Asked asked) {
        if (i + len < text.length() && shortContinuation.matcher(text.substring(i + len, i + len + 1)).matches()) {
            return 0; // 丈八湖 is a lake, not 丈八街道
        }
        // the context and the common-word list asked only where the level's score depends on them
        return switch (d.level()) {
            case PROVINCE -> {
                int context = context(d, text, j, asked);
                yield context > 0 ? context : common(s) ? 0 : 2;
            }
            case PREFECTURE -> {
                int context = context(d, text, j, asked);
                yield context > 0 ? context : !common(s) && s.length() >= 3 ? 1 : 0;
            }
            // a county's or township's short form only among the jurisdiction's own divisions
            case COUNTY -> j != null && (d.code().equals(j.code()) || j.code().equals(d.parent())) ? 4 : 0;
            case TOWNSHIP -> j != null && j.code().equals(d.parent()) && !common(s) ? 4 : 0;
        };
    }

    private static boolean common(String s) {
        return commonWord.matcher(s).matches();
    }

    /**
     * How the bulletin's context supports a division: 4 within the jurisdiction or its ancestor, 3 when the
     * text names its parent, 2 when it lies in the jurisdiction's province, 0 otherwise.
     */
    private int context(Division d, String text, Division j, Asked asked) {
        Integer known = asked.contexts.get(d);
        if (known == null) {
            known = supportOf(d, text, j, asked);
            asked.contexts.put(d, known);
        }
        return known;
    }

    private int supportOf(Division d, String text, Division j, Asked asked) {
        if (j != null) {
            if (gazetteer.within(d, j) || gazetteer.within(j, d)) {
                return 4;
            }
            Division jp = gazetteer.parentOf(j);
            if (d.level() != Level.TOWNSHIP && jp != null && gazetteer.within(d, jp)) {
                return 4;
            }
        }
        Division parent = gazetteer.parentOf(d);
        if (parent != null && (contains(text, parent.name(), asked)
                || parent.shortName() != null && parent.shortName().length() >= 2 && contains(text, parent.shortName(), asked))) {
            return 3;
        }
        if (j != null) {
            Division province = j;
            while (gazetteer.parentOf(province) != null) {
                province = gazetteer.parentOf(province);
            }
            if (gazetteer.within(d, province)) {
                return 2;
            }
        }
        return 0;
    }

    /** Whether the text holds a name, asked once per name and bulletin. */
    private static boolean contains(String text, String name, Asked asked) {
        return asked.names.computeIfAbsent(name, text::contains);
    }

    /** What one read asks of its text more than once: whether it holds a name; how it supports a division. */
    private static final class Asked {
        private final java.util.Map<String, Boolean> names = new java.util.HashMap<>();
        private final java.util.Map<Division, Integer> contexts = new java.util.IdentityHashMap<>();
    }

    /** Whether the text right after {@code end} makes a place name end there part of an organisation's name. */
    static boolean partOfName(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 16));
        return organisationAfter.matcher(after).find() || eventAfter.matcher(after).find();
    }

    /**
     * Where a list of places that starts right after {@code at} ends (甲、乙、丙省支援队: from the end of 甲, the end
     * of 丙省); {@code at} when no list follows. Each item is the longest name there, chained with its parts.
     */
    private int listEnd(String text, int at, int[] lengthsAt) {
        int pos = at;
        while (pos + 1 < text.length() && text.charAt(pos) == '、' && lengthsAt[pos + 1] != 0) {
            int len = 31 - Integer.numberOfLeadingZeros(lengthsAt[pos + 1]);
            pos = chainEnd(text, pos + 1 + len, null, lengthsAt);
        }
        return pos;
    }

    private static boolean[] insideBookTitles(String text) {
        boolean[] in = new boolean[text.length()];
        int depth = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '《') {
                depth++;
            } else if (c == '》') {
                depth = Math.max(0, depth - 1);
            }
            in[k] = depth > 0;
        }
        return in;
    }
}

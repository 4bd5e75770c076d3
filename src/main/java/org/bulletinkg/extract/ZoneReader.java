package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.rules.Keywords;
import org.bulletinkg.rules.RuleTable;

/**
 * Places that are no division, by the shape of their names ({@code rules/places.tsv}): zones and parks
 * (某某科技创新园, 某自由贸易试验区某某片区, 松江新城), stations and airports, lakes and grasslands,
 * venues; and a short list of landmarks no shape tells (长江, 祁连山, 长三角). A name is read only after a
 * word that can stand before a place, never inside 《》 or over text another place reader claimed.
 */
final class ZoneReader {
    private static final Pattern ZONE;
    /** The characters a zone's ending starts with: the search tries no other offset. */
    private static final Keywords ZONE_STARTS;
    private static final Pattern BEFORE;
    private static final Pattern GENERIC;
    private static final java.util.Set<String> LANDMARKS;
    /** The lengths of the landmarks' names, by their first character (bit n: length n). */
    private static final java.util.Map<Character, Integer> LANDMARK_LENGTHS = new java.util.HashMap<>();
    private static final int LONGEST = 20;

    static {
        Map<String, String> rules = new LinkedHashMap<>();
        for (RuleTable.Row r : RuleTable.read("places.tsv")) {
            rules.put(r.name(), r.get(1));
        }
        ZONE = Pattern.compile(rules.get("zone"));
        ZONE_STARTS = Keywords.of(ZONE);
        BEFORE = Pattern.compile(rules.get("zone-before"));
        GENERIC = Pattern.compile(rules.get("zone-generic"));
        LANDMARKS = java.util.Set.of(rules.get("landmarks").strip().split("\\s+"));
        for (String l : LANDMARKS) {
            LANDMARK_LENGTHS.merge(l.charAt(0), 1 << l.length(), (x, y) -> x | y);
        }
    }

    /** The zones and landmarks of the text outside 《》 titles ({@code inTitles}); their text is marked in {@code taken}. */
    List<Mention> read(Bulletin b, boolean[] taken, boolean[] inTitles) {
        String text = b.text();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int end = landmarkAt(text, i);
            if (end > 0 && free(taken, i, end) && !inTitles[i] && boundaryBefore(text, i)) {
                add(out, text, i, end, "place-landmark", taken);
                i = end - 1;
            }
        }
        Matcher m = ZONE.matcher(text);
        for (int from = 0; ZONE_STARTS.find(m, text, from); from = Keywords.after(m)) {
            int start = nameStart(text, m.start(), taken);
            if (start < 0 || m.start() - start < 2 || !free(taken, start, m.end()) || inTitles[start]
                    || GENERIC.matcher(text.substring(start, m.start())).matches()) {
                continue;
            }
            add(out, text, start, m.end(), "place-zone", taken);
        }
        return out;
    }

    /**
     * Where a zone's name starts: walking back from its ending over Chinese characters and brackets to a
     * punctuation mark or a word that stands before a place; -1 when the walk runs too long.
     */
    private static int nameStart(String text, int suffixStart, boolean[] taken) {
        int s = suffixStart;
        while (s > 0 && suffixStart - s < LONGEST) {
            char c = text.charAt(s - 1);
            // over Chinese characters, brackets, and the letters and digits of a code (G60科创走廊)
            if (!Chars.isHan(c) && "（）()".indexOf(c) < 0 && !(c < 128 && Character.isLetterOrDigit(c)) || taken[s - 1]) {
                return s;
            }
            // 河津经济开发区和龙门新城, 改造和海北宾馆: 和 joins two names or a name to the words before it, unless
            // a word that stands before a place precedes it (打造和平铝业产业园: 和 starts the name)
            if ((c == '和' || c == '及' || c == '与') && s >= 2 && (taken[s - 2]
                    || c == '和' && !BEFORE.matcher(text.substring(Math.max(0, s - 5), s - 1)).find())) {
                return s;
            }
            if (BEFORE.matcher(text.substring(Math.max(0, s - 4), s)).find()) {
                return s;
            }
            s--;
        }
        return s == 0 ? 0 : -1;
    }

    private static boolean boundaryBefore(String text, int i) {
        return i == 0 || !Chars.isHan(text.charAt(i - 1)) || BEFORE.matcher(text.substring(Math.max(0, i - 4), i)).find();
    }

    private static void add(List<Mention> out, String text, int s, int e, String rule, boolean[] taken) {
        String name = text.substring(s, e);
        for (int k = s; k < e; k++) {
            taken[k] = true;
        }
        out.add(new Mention(name.replace('(', '（').replace(')', '）'), null, name, false, Evidence.of(s, e, rule)));
    }

    /** The end of a landmark's name starting at i (the longest), or -1. */
    private static int landmarkAt(String text, int i) {
        Integer lengths = LANDMARK_LENGTHS.get(text.charAt(i));
        if (lengths == null) {
            return -1;
        }
        for (int len = Math.min(12, text.length() - i); len >= 2; len--) {
            if ((lengths & (1 << len)) != 0 && LANDMARKS.contains(text.substring(i, i + len))) {
                return i + len;
            }
        }
        return -1;
    }

    private static boolean free(boolean[] taken, int s, int e) {
        for (int k = s; k < e; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }
}

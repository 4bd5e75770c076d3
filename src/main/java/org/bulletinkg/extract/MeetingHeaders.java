package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.rules.Keywords;
import org.bulletinkg.rules.RuleTable;

/**
 * The ways bulletins name a meeting, read from {@code rules/meeting-headers.tsv}: each rule a kind, a body
 * template and an expression. Finds every header in a stretch of text, the longer of two overlapping ones.
 */
final class MeetingHeaders {
    private static final String DIGITS = "[0-9０-９零〇一二两三四五六七八九十百千]+";
    private static final String LEVELS = "省|市|州|盟|区|县|旗|镇|乡|街道";

    /** One rule of the table; a stretch of text without one of its keywords is not searched. */
    record Rule(String name, String kind, String body, Pattern pattern, Keywords keywords, int order) {
    }

    /**
     * A header found in the text.
     *
     * @param numbers the session numbers (two for 第171、172次), none when unnumbered
     * @param level   the level the text gives (市 in 市委常委会), or null
     * @param year    the year of the numbering (2024年第19次会议), or null
     */
    record Header(Rule rule, int start, int end, String body, List<Integer> numbers, Integer term, boolean expanded,
                  String level, Integer year) {
        String kind() {
            return rule.kind();
        }
    }

    private static final List<Rule> RULES = load();

    private MeetingHeaders() {
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (RuleTable.Row r : RuleTable.read("meeting-headers.tsv")) {
            Pattern p = Pattern.compile(expand(r.get(3)));
            rules.add(new Rule(r.name(), r.get(1), r.get(2), p, Keywords.of(p), rules.size()));
        }
        return List.copyOf(rules);
    }

    /** The table's macros as expressions; a digit after a macro's letter names its groups apart. */
    static String expand(String regex) {
        Matcher m = Pattern.compile("\\{([LPTNYXH])(\\d?)\\}").matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String s = m.group(2);
            String x = switch (m.group(1)) {
                case "L" -> "(?<lvl" + s + ">" + LEVELS + ")";
                case "P" -> "(?:[\\p{IsHan}&&[^，。；、政协第届委会]]{1,8}?(?<plvl" + s + ">" + LEVELS + "))";
                case "T" -> "第?(?<term" + s + ">" + DIGITS + ")届";
                case "N" -> "第?(?<num" + s + ">" + DIGITS + ")(?:[、,，和](?<numx" + s + ">" + DIGITS + "))?次";
                case "Y" -> "(?<year" + s + ">(?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年";
                case "X" -> "(?<exp" + s + ">[（(]扩大[）)]|扩大)";
                default -> "(?:召开|举行)?";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(x));
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<Rule> rules() {
        return RULES;
    }

    /** The headers in text[start, end), in text order; of overlapping ones the longest, then the earlier rule. */
    static List<Header> find(String text, int start, int end, String jurisdictionLevel) {
        String part = text.substring(start, end);
        List<Header> all = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.keywords().mayMatch(part)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(part);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(header(rule, m, start, jurisdictionLevel));
                }
            }
        }
        all.sort((a, b) -> a.end() - a.start() != b.end() - b.start() ? (b.end() - b.start()) - (a.end() - a.start())
                : a.rule().order() - b.rule().order());
        List<Header> kept = new ArrayList<>();
        for (Header h : all) {
            if (kept.stream().noneMatch(k -> h.start() < k.end() && h.end() > k.start())) {
                kept.add(h);
            }
        }
        kept.sort((a, b) -> a.start() - b.start());
        return kept;
    }

    private static Header header(Rule rule, Matcher m, int offset, String jurisdictionLevel) {
        String level = first(m, "lvl", "lvl0", "lvl2");
        if (level == null) {
            level = first(m, "plvl", "plvl2");
        }
        String bodyLevel = level != null ? level : jurisdictionLevel == null ? "" : jurisdictionLevel;
        String body = rule.body().replace("{L}", bodyLevel);
        if (body.contains("{body}")) {
            String second = group(m, "body2");
            body = body.replace("{body}", normaliseBody(group(m, "body"), bodyLevel))
                    .replace("{body2}", second == null ? "" : second);
        }
        List<Integer> numbers = new ArrayList<>();
        for (String g : new String[] {"num", "num2"}) {
            Integer n = Numerals.parse(group(m, g));
            if (n != null) {
                numbers.add(n);
                Integer x = Numerals.parse(group(m, g.replace("num", "numx")));
                if (x != null) {
                    numbers.add(x);
                }
                break;
            }
        }
        Integer term = Numerals.parse(first(m, "term", "term0", "term1", "term2"));
        boolean expanded = first(m, "exp", "exp2") != null;
        Integer year = Numerals.parse(first(m, "year", "year2"));
        return new Header(rule, offset + m.start(), offset + m.end(), body, numbers, term, expanded, level, year);
    }

    /** 区人民政府 is 区政府; no (扩大); nothing before the last 召开, 举行, 暨 or comma. */
    static String normaliseBody(String body, String level) {
        if (body == null) {
            return "";
        }
        int cut = 0;
        for (String w : List.of("召开", "举行", "暨", "主持", "出席", "，", "。", "、")) {
            int i = body.lastIndexOf(w);
            // a mark inside quotation marks is part of the name (“强作风、优服务”主题活动动员会)
            while (i >= 0 && insideQuotes(body, i)) {
                i = body.lastIndexOf(w, i - 1);
            }
            if (i >= 0) {
                cut = Math.max(cut, i + w.length());
            }
        }
        return body.substring(cut).replace("人民政府", "政府").replaceAll("[（(]扩大[）)]", "");
    }

    private static boolean insideQuotes(String s, int i) {
        int open = s.lastIndexOf('“', i);
        return open >= 0 && s.indexOf('”', open) > i;
    }

    private static String first(Matcher m, String... names) {
        for (String n : names) {
            String v = group(m, n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}

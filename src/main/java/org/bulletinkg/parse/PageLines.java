package org.bulletinkg.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.rules.Keywords;
import org.bulletinkg.rules.RuleTable;

/**
 * Tells a page's furniture from its text, and finds the page's date line among the furniture. The rules are
 * the tables {@code rules/page-furniture.tsv} and {@code rules/date-lines.tsv}.
 */
final class PageLines {
    /** A numeric date: 2022-11-27, 2022/4/27, 2022.01.19, 2022年1月19日. */
    private static final String DATE = "(?<y>(?:19|20)\\d{2})\\s*[-年/.]\\s*(?<m>\\d{1,2})\\s*[-月/.]\\s*(?<d>\\d{1,2})日?";

    /** An expression of a table, and the keywords a line it matches holds. */
    private record Rule(Pattern pattern, Keywords keywords) {
        static Rule of(String regex) {
            Pattern p = Pattern.compile(regex);
            return new Rule(p, Keywords.of(p));
        }

        boolean found(String line) {
            return keywords.mayMatch(line) && pattern.matcher(line).find();
        }
    }

    private record DateRule(String name, int rank, Rule rule) {
    }

    /** A date line: its date, rule and rank. */
    record DateLine(LocalDate date, String rule, int rank) {
    }

    private static final int MAX_LENGTH;
    private static final List<Rule> FURNITURE = new ArrayList<>();
    private static final List<DateRule> DATE_LINES = new ArrayList<>();

    static {
        int max = 120;
        for (RuleTable.Row r : RuleTable.read("page-furniture.tsv")) {
            if (r.name().equals("max-length")) {
                max = Integer.parseInt(r.get(1).strip());
            } else {
                FURNITURE.add(Rule.of(r.get(1)));
            }
        }
        MAX_LENGTH = max;
        for (RuleTable.Row r : RuleTable.read("date-lines.tsv")) {
            DATE_LINES.add(new DateRule(r.name(), Integer.parseInt(r.get(1).strip()),
                    Rule.of(r.get(2).replace("{DATE}", DATE))));
        }
    }

    private PageLines() {
    }

    /** Whether a (normalised) line is furniture: short, and a furniture rule or a date line matches it. */
    static boolean isFurniture(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        for (Rule rule : FURNITURE) {
            if (rule.found(line)) {
                return true;
            }
        }
        return !line.contains("。") && dateLine(line) != null;
    }

    /** The date a line gives as the page's date, or null. */
    static DateLine dateLine(String line) {
        if (line.length() > MAX_LENGTH) {
            return null;
        }
        DateLine best = null;
        for (DateRule rule : DATE_LINES) {
            if (!rule.rule().keywords().mayMatch(line)) {
                continue;
            }
            Matcher m = rule.rule().pattern().matcher(line);
            if (m.find() && (best == null || rule.rank() < best.rank())) {
                LocalDate d = toDate(m);
                if (d != null) {
                    best = new DateLine(d, rule.name(), rule.rank());
                }
            }
        }
        return best;
    }

    /** The best date line among lines: the lowest rank, the first of one rank. */
    static DateLine best(List<String> lines) {
        DateLine best = null;
        for (String line : lines) {
            DateLine d = dateLine(line);
            if (d != null && (best == null || d.rank() < best.rank())) {
                best = d;
            }
        }
        return best;
    }

    private static LocalDate toDate(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("d")));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}

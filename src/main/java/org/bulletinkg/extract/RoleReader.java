package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;
import org.bulletinkg.rules.RuleTable;

/**
 * Reads who did what at the meeting from the words after each name, by the rules of {@code rules/roles.tsv}:
 * 主持 (chair), 出席/参加 (attendee), 列席 (non-voting), 汇报/作说明/作辅导 (presenter), 在…上的重要讲话
 * (instructions conveyed); and 会议由…主持 (chair, the one rule that reads before the name). Names of one list
 * share the role read after the list's last name.
 */
final class RoleReader {
    private static final Pattern CHAIR_BY = Pattern.compile("由$");
    private static final int NEXT = 16;
    private static final int WINDOW = 140;

    /** One rule of the table. */
    private record Rule(String name, Role role, String where, Pattern pattern) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        for (RuleTable.Row r : RuleTable.read("roles.tsv")) {
            RULES.add(new Rule(r.name(), Role.valueOf(r.get(1)), r.get(2), Pattern.compile(r.get(3))));
        }
    }

    List<Participation> read(Bulletin b, List<NameMention> mentions) {
        String text = b.text();
        List<Participation> out = new ArrayList<>();
        Set<String> chairs = new LinkedHashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            String next = text.substring(m.end(), Math.min(text.length(), m.end() + NEXT));
            Span sentence = b.sentenceAt(m.start());
            String rule = chairBy(text, m) ? "chair-by" : firstMatch(Role.CHAIR, "next", next);
            if (rule != null) {
                chairs.add(m.name());
                out.add(new Participation(m.name(), Role.CHAIR, ev(sentence, m, rule)));
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            Span sentence = b.sentenceAt(m.start());
            if (sentence == null) {
                continue;
            }
            String tail = text.substring(m.end(), sentence.end());
            if (!chairs.contains(m.name())) {
                Rule verb = attendance(clauseTail(tail));
                if (verb != null) {
                    out.add(new Participation(m.name(), verb.role(), ev(sentence, m, verb.name())));
                }
            }
            String groupTail = groupTail(text, mentions, i, sentence.end());
            String presents = firstMatch(Role.PRESENTER, "list", groupTail);
            if (presents != null && !groupTail.startsWith("主持")) {
                out.add(new Participation(m.name(), Role.PRESENTER, ev(sentence, m, presents)));
            }
            int listEnd = listEnd(text, mentions, i, sentence.end());
            String window = text.substring(listEnd, Math.min(text.length(), listEnd + WINDOW));
            String instructions = firstMatch(Role.INSTRUCTIONS, "window", window);
            if (instructions != null && !window.startsWith("主持")) {
                out.add(new Participation(m.name(), Role.INSTRUCTIONS, ev(sentence, m, instructions)));
            }
        }
        return out;
    }

    /** The name of the first rule of a role and scope that matches, or null. */
    private static String firstMatch(Role role, String where, String s) {
        for (Rule r : RULES) {
            if (r.role() == role && r.where().equals(where) && r.pattern().matcher(s).find()) {
                return r.name();
            }
        }
        return null;
    }

    /** Of the attendance rules, the one that matches earliest in the clause (…出席会议，…列席会议). */
    private static Rule attendance(String clause) {
        Rule best = null;
        int at = Integer.MAX_VALUE;
        for (Rule r : RULES) {
            if (!r.where().equals("clause")) {
                continue;
            }
            Matcher m = r.pattern().matcher(clause);
            if (m.find() && m.start() < at) {
                at = m.start();
                best = r;
            }
        }
        return best;
    }

    /** 会议由区委书记于军主持 */
    private static boolean chairBy(String text, NameMention m) {
        int from = m.posts().isEmpty() ? m.start() : Math.min(m.start(), m.posts().get(0).evidence().start());
        String before = text.substring(Math.max(0, from - 4), from);
        return CHAIR_BY.matcher(before).find() && text.startsWith("主持", m.end());
    }

    /** Where the list a mention belongs to ends: the end of its last name (车俊、代省长袁家军在…上的讲话). */
    private static int listEnd(String text, List<NameMention> ms, int i, int sentenceEnd) {
        int j = i;
        while (j + 1 < ms.size() && ms.get(j + 1).start() < sentenceEnd
                && (ms.get(j + 1).group() == ms.get(i).group()
                    || connectsList(text.substring(ms.get(j).end(), ms.get(j + 1).start())))) {
            j++;
        }
        return ms.get(j).end();
    }

    /** The text after a mention up to the next mention of another list, or the sentence's end. */
    private static String groupTail(String text, List<NameMention> ms, int i, int sentenceEnd) {
        NameMention m = ms.get(i);
        int j = i;
        while (j + 1 < ms.size() && ms.get(j + 1).group() == m.group() && ms.get(j + 1).start() < sentenceEnd) {
            j++;
        }
        // a list continued under another post (孙剑波、副总经理胡波飞) shares the role too
        while (j + 1 < ms.size() && ms.get(j + 1).start() < sentenceEnd
                && connectsList(text.substring(ms.get(j).end(), ms.get(j + 1).start()))) {
            j++;
        }
        int end = sentenceEnd;
        if (j + 1 < ms.size() && ms.get(j + 1).start() < sentenceEnd) {
            end = ms.get(j + 1).start();
        }
        return text.substring(ms.get(j).end(), Math.max(ms.get(j).end(), end));
    }

    private static boolean connectsList(String gap) {
        return gap.startsWith("、") && gap.length() <= 12 && gap.substring(1).chars().allMatch(c -> Chars.isHan((char) c));
    }

    /** The words after a name up to the end of its clause: a role verb ends the clause that lists names. */
    private static String clauseTail(String tail) {
        int stop = tail.length();
        for (String end : List.of("。", "；")) {
            int k = tail.indexOf(end);
            if (k >= 0) {
                stop = Math.min(stop, k + 1);
            }
        }
        String clause = tail.substring(0, stop);
        // 主持会议，…出席会议: a chair's clause ends at its comma
        int chair = clause.indexOf("主持");
        if (chair >= 0) {
            int comma = clause.indexOf('，', chair);
            return comma >= 0 ? clause.substring(0, comma) : clause;
        }
        return clause;
    }

    private static Evidence ev(Span sentence, NameMention m, String rule) {
        double confidence = RulePrecision.of(rule);
        if (sentence == null) {
            return new Evidence(m.start(), m.end(), rule, confidence);
        }
        return new Evidence(sentence.start(), sentence.end(), rule, confidence);
    }
}

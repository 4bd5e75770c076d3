package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Reads who did what at the meeting from the words after each name: 主持 (chair), 出席/参加 (attendee),
 * 列席 (non-voting), 汇报/作说明/作辅导/所作的报告 (presenter), 在…上的重要讲话/指示精神 (instructions
 * conveyed). Names of one list share the role read after the list's last name.
 */
final class RoleReader {
    private static final Pattern CHAIR_AFTER = Pattern.compile("^(?:同志)?主持(?:召开|会议|并|。|，|$)");
    private static final Pattern CHAIR_BY = Pattern.compile("由$");
    private static final Pattern ATTENDANCE = Pattern.compile("列席|出席(?=会议|。|，|并|$)|参加(?=会议|。|，|$)");
    private static final Pattern PRESENTS = Pattern.compile(
            "^[^。；，]*?(?:作了?(?:专题)?(?:说明|辅导|汇报|报告|讲解|解读|讲座|授课|宣讲)|的(?:汇报|通报|说明|报告|解读)|所作|通报了|汇报了|解读了|介绍了[^。；]*?情况)");
    private static final Pattern INSTRUCTIONS = Pattern.compile(
            "^(?:总书记|书记|同志|主席|总理)?(?:在[^。；]{1,50}?上)?(?:的)?(?:关于[^。；]{1,80}?的)?(?:系列)?(?:重要)?(?:讲话|指示|批示|论述|回信|贺信)");

    List<Participation> read(Bulletin b, List<NameMention> mentions) {
        String text = b.text();
        List<Participation> out = new ArrayList<>();
        Set<String> chairs = new LinkedHashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            String after = after(text, mentions, i);
            Span sentence = b.sentenceAt(m.start());
            int sEnd = sentence == null ? text.length() : sentence.end();
            if (CHAIR_AFTER.matcher(after).find() || chairBy(text, m, sEnd)) {
                chairs.add(m.name());
                out.add(new Participation(m.name(), Role.CHAIR, ev(sentence, m, "chair", 0.95)));
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            Span sentence = b.sentenceAt(m.start());
            if (sentence == null) {
                continue;
            }
            String groupTail = groupTail(text, mentions, i, sentence.end());
            String tail = text.substring(m.end(), sentence.end());
            if (!chairs.contains(m.name())) {
                // the first attendance verb after the name is the one that applies to it (…出席会议，…列席会议)
                Matcher verb = ATTENDANCE.matcher(clauseTail(tail));
                if (verb.find()) {
                    boolean nonVoting = verb.group().equals("列席");
                    out.add(new Participation(m.name(), nonVoting ? Role.NONVOTING : Role.ATTENDEE,
                            ev(sentence, m, nonVoting ? "nonvoting" : "attendee", 0.9)));
                }
            }
            if (PRESENTS.matcher(groupTail).find() && !groupTail.startsWith("主持")) {
                out.add(new Participation(m.name(), Role.PRESENTER, ev(sentence, m, "presenter", 0.85)));
            }
            if (INSTRUCTIONS.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 140))).find()
                    && !text.startsWith("主持", m.end())) {
                out.add(new Participation(m.name(), Role.INSTRUCTIONS, ev(sentence, m, "instructions", 0.85)));
            }
        }
        return out;
    }

    /** 会议由区委书记于军主持 */
    private static boolean chairBy(String text, NameMention m, int sentenceEnd) {
        int from = m.posts().isEmpty() ? m.start() : Math.min(m.start(), m.posts().get(0).evidence().start());
        String before = text.substring(Math.max(0, from - 4), from);
        return CHAIR_BY.matcher(before).find() && text.startsWith("主持", m.end());
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

    private static String after(String text, List<NameMention> ms, int i) {
        int end = Math.min(text.length(), ms.get(i).end() + 12);
        return text.substring(ms.get(i).end(), end);
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

    private static Evidence ev(Span sentence, NameMention m, String rule, double confidence) {
        if (sentence == null) {
            return new Evidence(m.start(), m.end(), rule, confidence);
        }
        return new Evidence(sentence.start(), sentence.end(), rule, confidence);
    }
}

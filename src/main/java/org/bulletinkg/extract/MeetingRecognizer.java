package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Finds the meetings a bulletin reports: those named in its title and in the opening sentences of its body.
 * Meetings named later (a meeting a speech was given at, a session being prepared) are not this bulletin's.
 * Two kinds of meeting in one phrase (…会议暨…会议) are a joint meeting: two meetings.
 */
final class MeetingRecognizer {
    /** How many body sentences, from the start, may name the bulletin's own meeting. */
    private static final int OPENING_SENTENCES = 3;

    List<MeetingMention> recognize(Bulletin b) {
        List<MeetingMention> found = new ArrayList<>();
        Span title = b.paragraphs().get(0);
        scan(b.text(), title.start(), title.end(), found);
        int seen = 0;
        for (Span s : b.sentences()) {
            if (s.paragraph() == 0) {
                continue;
            }
            if (seen++ >= OPENING_SENTENCES) {
                break;
            }
            scan(b.text(), s.start(), s.end(), found);
        }
        return merge(found);
    }

    private static void scan(String text, int start, int end, List<MeetingMention> out) {
        String part = text.substring(start, end);
        List<int[]> taken = new ArrayList<>();
        for (MeetingPattern p : MeetingPattern.values()) {
            if (!p.mayMatch(part)) {
                continue;
            }
            Matcher m = p.pattern.matcher(part);
            while (m.find()) {
                int s = start + m.start();
                int e = start + m.end();
                if (overlaps(taken, s, e) || elsewhere(text, s, e)) {
                    continue;
                }
                String body = p.body(m);
                if (body.length() < 2) {
                    continue;
                }
                taken.add(new int[] {s, e});
                out.add(new MeetingMention(body, p.kind(m), p.number(m), p.term(m), p.expanded(m), s, e));
            }
        }
    }

    /** 在市委全会上, 在中央财经委员会第九次会议上: a meeting where something else happened. */
    private static boolean elsewhere(String text, int s, int e) {
        if (e < text.length() && text.charAt(e) == '上') {
            return true;
        }
        int from = Math.max(0, s - 12);
        String before = text.substring(from, s);
        int at = before.lastIndexOf('在');
        return at >= 0 && before.substring(at).chars().noneMatch(c -> "，。；".indexOf(c) >= 0)
                && e + 1 < text.length() && text.startsWith("上", e);
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] t : taken) {
            if (s < t[1] && e > t[0]) {
                return true;
            }
        }
        return false;
    }

    /** Mentions of the same body and kind are one meeting: numbers, terms and （扩大） add up. */
    private static List<MeetingMention> merge(List<MeetingMention> found) {
        List<MeetingMention> merged = new ArrayList<>();
        for (MeetingMention m : found) {
            int i = indexOf(merged, m);
            if (i < 0) {
                merged.add(m);
                continue;
            }
            MeetingMention a = merged.get(i);
            merged.set(i, new MeetingMention(a.body(), a.kind(),
                    a.number() != null ? a.number() : m.number(),
                    a.term() != null ? a.term() : m.term(),
                    a.expanded() || m.expanded(), a.start(), a.end()));
        }
        return merged;
    }

    private static int indexOf(List<MeetingMention> list, MeetingMention m) {
        for (int i = 0; i < list.size(); i++) {
            MeetingMention a = list.get(i);
            boolean numbersAgree = a.number() == null || m.number() == null || a.number().equals(m.number());
            if (a.kind().equals(m.kind()) && numbersAgree
                    && (a.body().equals(m.body()) || a.body().endsWith(m.body()) || m.body().endsWith(a.body()))) {
                return i;
            }
        }
        return -1;
    }
}

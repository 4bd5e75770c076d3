package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Finds the meetings a bulletin reports as held: those named in its title and in the opening sentences of its
 * body ({@link MeetingHeaders}), less those only referred to there ({@link HeldContext}). Meetings named later
 * (a meeting a speech was given at, a session being prepared) are not this bulletin's. Two meetings in one
 * phrase (…会议暨…会议, 第171、172次) are two meetings.
 */
final class MeetingRecognizer {
    /** How many body sentences, from the start, may name the bulletin's own meeting. */
    private static final int OPENING_SENTENCES = 3;
    /** How far to read on when the title and the opening name no held meeting. */
    private static final int LATER_SENTENCES = 8;
    /** In a header's body, the body of the meeting named before 暨. */
    private static final String JOINED = "{joined}";

    List<MeetingMention> recognize(Bulletin b) {
        return recognize(b, b.metadata().jurisdiction());
    }

    /** With the jurisdiction's name (the manifest's, or the one the text gives): 人大常委会 of 大连市 is 市人大常委会. */
    List<MeetingMention> recognize(Bulletin b, String jurisdiction) {
        String level = Jurisdictions.level(jurisdiction);
        List<MeetingMention> found = new ArrayList<>();
        Span title = b.paragraphs().get(0);
        scan(b.text(), title.start(), title.end(), level, true, found);
        int seen = 0;
        for (Span s : b.sentences()) {
            if (s.paragraph() == 0) {
                continue;
            }
            seen++;
            if (seen > LATER_SENTENCES || (seen > OPENING_SENTENCES && !found.isEmpty())) {
                break;
            }
            scan(b.text(), s.start(), s.end(), level, false, found);
        }
        return merge(found);
    }

    private static void scan(String text, int start, int end, String level, boolean inTitle, List<MeetingMention> out) {
        String part = text.substring(start, end);
        String scanned = org.bulletinkg.nlp.Scripts.toSimplified(part);
        // a copy of the text only where traditional script was converted (offsets stay the same)
        String view = scanned == part ? text : text.substring(0, start) + scanned + text.substring(end);
        String previousBody = null;
        int previousEnd = start;
        for (MeetingHeaders.Header h : MeetingHeaders.find(view, start, end, level)) {
            // the words of another header before this one (…学习会暨党组会) are no context of it
            int clause = Math.max(clauseStart(view, start, h.start()), Math.min(previousEnd, h.start()));
            previousEnd = h.end();
            if (HeldContext.referredBy(view, h.start(), h.end(), clause, start) != null) {
                continue;
            }
            String body = h.body();
            if (body.contains(JOINED)) {
                body = body.replace(JOINED, organOf(previousBody));
            }
            previousBody = body;
            if (body.length() < 2) {
                continue;
            }
            List<Integer> numbers = h.numbers().isEmpty() ? java.util.Arrays.asList((Integer) null) : h.numbers();
            for (Integer n : numbers) {
                out.add(new MeetingMention(body, h.kind(), n, h.term(), h.expanded(), h.start(), h.end(),
                        h.rule().name(), inTitle ? -1 : h.start(), h.year()));
            }
        }
    }

    /** The organ a body belongs to (县政府 of 县政府党组理论学习中心组), "" when there is none to take. */
    private static String organOf(String body) {
        if (body == null) {
            return "";
        }
        int best = -1;
        for (String organ : List.of("人大常委会", "政府", "政协", "委")) {
            int i = body.indexOf(organ);
            if (i >= 0 && (best < 0 || i + organ.length() < best)) {
                best = i + organ.length();
            }
        }
        return best < 0 ? "" : body.substring(0, best);
    }

    /** Where the clause holding an offset starts: after the last comma, full stop or semicolon before it. */
    private static int clauseStart(String text, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if ("，。；：！？".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
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
            merged.set(i, new MeetingMention(a.body().length() >= m.body().length() ? a.body() : m.body(), a.kind(),
                    a.number() != null ? a.number() : m.number(),
                    a.term() != null ? a.term() : m.term(),
                    a.expanded() || m.expanded(), a.start(), a.end(), a.rule(),
                    a.bodyStart() >= 0 ? a.bodyStart() : m.bodyStart(), a.year() != null ? a.year() : m.year()));
        }
        return merged;
    }

    private static int indexOf(List<MeetingMention> list, MeetingMention m) {
        for (int i = 0; i < list.size(); i++) {
            MeetingMention a = list.get(i);
            boolean numbersAgree = a.number() == null || m.number() == null || a.number().equals(m.number());
            boolean termsAgree = a.term() == null || m.term() == null || a.term().equals(m.term());
            if (a.kind().equals(m.kind()) && numbersAgree && termsAgree
                    && (a.body().equals(m.body()) || a.body().endsWith(m.body()) || m.body().endsWith(a.body())
                    || a.kind().equals("other") && (abbreviates(a.body(), m.body()) || abbreviates(m.body(), a.body())))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether an event's name is the short form of another's (安全生产推进会 in a title for 安全生产大排查攻坚推进会 in
     * the text): the same ending, and every character of the short one in the long one, in order.
     */
    private static boolean abbreviates(String shortName, String longName) {
        if (shortName.length() < 4 || shortName.length() >= longName.length()
                || !shortName.regionMatches(shortName.length() - 2, longName, longName.length() - 2, 2)) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < longName.length() && k < shortName.length(); i++) {
            if (longName.charAt(i) == shortName.charAt(k)) {
                k++;
            }
        }
        return k == shortName.length();
    }
}

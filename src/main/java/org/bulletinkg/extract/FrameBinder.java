package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Makes one frame per held meeting, each with its own date, participants, documents and study session,
 * bound by paragraph: when the bulletin reports meetings in different paragraphs (…同日，区政府召开常务会议),
 * what a paragraph says belongs to the meeting named last at or before it; meetings named together (in the
 * title, in one sentence: …会议暨…会议, 第171、172次) share what the text says of them, except that a ceremony
 * joined to a meeting (rules/frames.tsv) takes only its chair and attendance.
 */
final class FrameBinder {
    private static final org.bulletinkg.rules.NamedPatterns RULES = org.bulletinkg.rules.NamedPatterns.of("frames.tsv");
    private static final java.util.Set<Role> CEREMONY_ROLES = java.util.EnumSet.of(Role.CHAIR, Role.ATTENDEE, Role.NONVOTING);

    List<MeetingFact> bind(Bulletin b, List<MeetingMention> meetings, Map<MeetingMention, DateReader.Dated> dates,
                           List<Participation> participants, List<DocumentFact> documents, StudySession study) {
        List<Integer> anchors = new ArrayList<>();
        for (MeetingMention m : meetings) {
            anchors.add(anchorParagraph(b, m));
        }
        boolean separate = anchors.stream().distinct().count() > 1 && !anchors.contains(0);
        List<MeetingFact> out = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingMention m = meetings.get(i);
            DateReader.Dated d = dates.get(m);
            boolean ceremony = meetings.size() > 1 && m.body() != null && RULES.finds("ceremony", m.body());
            List<Participation> own = new ArrayList<>();
            List<DocumentFact> ownDocs = new ArrayList<>();
            for (Participation p : participants) {
                if ((!separate || owner(b, anchors, p.evidence().start()) == anchors.get(i))
                        && (!ceremony || CEREMONY_ROLES.contains(p.role()))) {
                    own.add(p);
                }
            }
            for (DocumentFact doc : documents) {
                if (!ceremony && (!separate || owner(b, anchors, doc.evidence().start()) == anchors.get(i))) {
                    ownDocs.add(doc);
                }
            }
            StudySession s = study != null && !ceremony && (!separate || owner(b, anchors, study.evidence().start()) == anchors.get(i))
                    ? study : null;
            out.add(new MeetingFact(m.body(), m.kind(), m.number(), m.term(), m.expanded(),
                    d == null ? null : d.date(), d == null ? null : d.source(), own, ownDocs, s,
                    Evidence.of(m.start(), m.end(), "meeting-" + m.rule())));
        }
        return out;
    }

    /** The paragraph that names a meeting in the body (0: only the title names it). */
    private static int anchorParagraph(Bulletin b, MeetingMention m) {
        int at = m.bodyStart() >= 0 ? m.bodyStart() : m.start();
        Span s = b.sentenceAt(at);
        return s == null ? 0 : s.paragraph();
    }

    /** The anchor paragraph a fact at this offset belongs to: the last one at or before its paragraph. */
    private static int owner(Bulletin b, List<Integer> anchors, int offset) {
        Span s = b.sentenceAt(offset);
        int paragraph = s == null ? 0 : s.paragraph();
        int best = anchors.stream().mapToInt(Integer::intValue).min().orElse(0);
        for (int a : anchors) {
            if (a <= paragraph && a > best) {
                best = a;
            }
        }
        return best;
    }
}

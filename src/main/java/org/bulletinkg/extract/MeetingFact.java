package org.bulletinkg.extract;

import java.util.List;

/**
 * One meeting a bulletin reports.
 *
 * @param body         the convening body as the text names it, normalised (区委常委会)
 * @param kind         the meeting kind code (party-standing-committee ...)
 * @param number       session number, or null
 * @param term         term (届), or null
 * @param expanded     （扩大）会议
 * @param date         the date as far as known, or null
 * @param dateSource   how the date was obtained (text, published, relative, text-year, sibling-order), or null
 * @param participants chair, attendees, presenters ... in text order
 * @param documents    documents dealt with
 * @param studySession a study session held before the meeting, or null
 */
public record MeetingFact(String body, String kind, Integer number, Integer term, boolean expanded,
                          PartialDate date, String dateSource, List<Participation> participants,
                          List<DocumentFact> documents, StudySession studySession, Evidence evidence) {
    public MeetingFact {
        participants = List.copyOf(participants);
        documents = List.copyOf(documents);
    }

    public MeetingFact withDate(PartialDate newDate, String source) {
        return new MeetingFact(body, kind, number, term, expanded, newDate, source, participants, documents,
                studySession, evidence);
    }

    public List<String> peopleIn(Role role) {
        return participants.stream().filter(p -> p.role() == role).map(Participation::person).distinct().toList();
    }
}

package org.bulletinkg.extract;

import java.util.List;
import org.bulletinkg.parse.Bulletin;

/** Everything the extractor found in one bulletin. */
public record Extraction(Bulletin bulletin, List<MeetingFact> meetings, List<PersonFact> people,
                         List<Mention> organizations, List<Mention> places, List<Mention> strategies,
                         List<PersonFact> reporters) {
    public Extraction {
        meetings = List.copyOf(meetings);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        strategies = List.copyOf(strategies);
        reporters = List.copyOf(reporters);
    }

    public Extraction withMeetings(List<MeetingFact> newMeetings) {
        return new Extraction(bulletin, newMeetings, people, organizations, places, strategies, reporters);
    }
}

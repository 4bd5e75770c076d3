package org.bulletinkg.extract;

import java.util.List;
import org.bulletinkg.parse.Bulletin;

/**
 * Everything the extractor found in one bulletin.
 *
 * @param jurisdiction the bulletin's jurisdiction in the gazetteer and where it came from, or null
 */
public record Extraction(Bulletin bulletin, List<MeetingFact> meetings, List<PersonFact> people,
                         List<Mention> organizations, List<Mention> places, List<Mention> strategies,
                         List<PersonFact> reporters, JurisdictionReader.Found jurisdiction) {
    public Extraction {
        meetings = List.copyOf(meetings);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        strategies = List.copyOf(strategies);
        reporters = List.copyOf(reporters);
    }

    /** An extraction whose jurisdiction is the manifest's name alone (or none). */
    public Extraction(Bulletin bulletin, List<MeetingFact> meetings, List<PersonFact> people,
                      List<Mention> organizations, List<Mention> places, List<Mention> strategies,
                      List<PersonFact> reporters) {
        this(bulletin, meetings, people, organizations, places, strategies, reporters, null);
    }

    public Extraction withMeetings(List<MeetingFact> newMeetings) {
        return new Extraction(bulletin, newMeetings, people, organizations, places, strategies, reporters, jurisdiction);
    }

    /**
     * What keeps one jurisdiction's meetings and people apart from another's: the division's code where the
     * gazetteer knows it (Beijing's 朝阳区 110105, Liaoning's 朝阳市 2113), else the manifest's name, else null.
     */
    public String jurisdictionKey() {
        if (jurisdiction != null && jurisdiction.division() != null) {
            return "cn-" + jurisdiction.division().code();
        }
        return bulletin.metadata().jurisdiction();
    }

    /** The jurisdiction's name: the division's where known, else the manifest's, else null. */
    public String jurisdictionName() {
        if (jurisdiction != null && jurisdiction.division() != null) {
            return jurisdiction.division().name();
        }
        return bulletin.metadata().jurisdiction();
    }
}

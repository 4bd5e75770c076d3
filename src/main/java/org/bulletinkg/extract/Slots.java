package org.bulletinkg.extract;

import java.util.List;
import java.util.Map;

/** The annotations readers pass along, each filled by one reader. */
public final class Slots {
    /** Bylines and credits: reporters, photographers, editors. */
    public static final Slot<List<PersonFact>> CREDITS = new Slot<>("credits");
    /** The bulletin's jurisdiction in the gazetteer (may hold null: none known). */
    public static final Slot<JurisdictionReader.Found> JURISDICTION = new Slot<>("jurisdiction");
    /** Every occurrence of a person's name, with the posts given there. */
    public static final Slot<List<NameMention>> NAMES = new Slot<>("names");
    /** One person per name with all the posts the text gives them. */
    public static final Slot<List<PersonFact>> PEOPLE = new Slot<>("people");
    /** Who chaired, attended, sat in, presented; whose instructions were conveyed. */
    public static final Slot<List<Participation>> PARTICIPATION = new Slot<>("participation");
    /** Documents taken up. */
    public static final Slot<List<DocumentFact>> DOCUMENTS = new Slot<>("documents");
    /** A study session held before the meeting (an empty list: none). */
    public static final Slot<List<StudySession>> STUDY = new Slot<>("study-session");
    /** The meetings reported as held, as named in the text. */
    public static final Slot<List<MeetingMention>> MEETING_NAMES = new Slot<>("meeting-names");
    /** Each held meeting's date where the text gives one. */
    public static final Slot<Map<MeetingMention, DateReader.Dated>> DATES = new Slot<>("dates");
    /** The meeting frames: each held meeting with its own date, participants and documents. */
    public static final Slot<List<MeetingFact>> MEETINGS = new Slot<>("meetings");
    public static final Slot<List<Mention>> PLACES = new Slot<>("places");
    /** Where the gazetteer's names (full and short) occur in the text, found in one pass. */
    public static final Slot<DivisionReader.Occurrences> DIVISION_NAMES = new Slot<>("division-names");
    public static final Slot<List<Mention>> ORGANIZATIONS = new Slot<>("organizations");
    public static final Slot<List<Mention>> STRATEGIES = new Slot<>("strategies");

    private Slots() {
    }
}

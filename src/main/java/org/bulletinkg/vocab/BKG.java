package org.bulletinkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The project's own ontology terms (ontology/bulletin-kg.ttl). Only what ORG, schema.org, FOAF, SKOS,
 * PROV-O, OWL-Time and Dublin Core lack lives here. {@code BkgVocabularyTest} checks by reflection that every
 * constant below is declared in ontology/bulletin-kg.ttl with the matching kind (class or property), so a term
 * the ontology lacks fails the build.
 */
public final class BKG {
    public static final String NS = "https://w3id.org/bulletin-kg/ontology#";

    private BKG() {
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Bulletin = cls("Bulletin");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource PolicyDocument = cls("PolicyDocument");
    public static final Resource PostHolding = cls("PostHolding");
    public static final Resource Evidence = cls("Evidence");
    public static final Resource Sentence = cls("Sentence");
    public static final Resource Place = cls("Place");
    public static final Resource CandidateStrategy = cls("CandidateStrategy");
    public static final Resource ExtractionRun = cls("ExtractionRun");
    public static final Resource AgendaItem = cls("AgendaItem");
    public static final Resource MeetingKind = cls("MeetingKind");
    public static final Resource DocumentType = cls("DocumentType");
    public static final Resource AgendaAction = cls("AgendaAction");

    // Bulletin
    public static final Property fileName = prop("fileName");
    public static final Property sourceName = prop("sourceName");
    public static final Property reporter = prop("reporter");
    public static final Property jurisdiction = prop("jurisdiction");
    public static final Property inputForm = prop("inputForm");
    public static final Property charset = prop("charset");
    public static final Property describesMeeting = prop("describesMeeting");
    public static final Property mentionsPerson = prop("mentionsPerson");
    public static final Property mentionsOrganization = prop("mentionsOrganization");
    public static final Property mentionsPlace = prop("mentionsPlace");
    public static final Property mentionsStrategy = prop("mentionsStrategy");

    // Meeting
    public static final Property bodyName = prop("bodyName");
    public static final Property meetingKind = prop("meetingKind");
    public static final Property sessionNumber = prop("sessionNumber");
    public static final Property term = prop("term");
    public static final Property expanded = prop("expanded");
    public static final Property dateSource = prop("dateSource");
    public static final Property chair = prop("chair");
    public static final Property nonVotingAttendee = prop("nonVotingAttendee");
    public static final Property presenter = prop("presenter");
    public static final Property reviewedDocument = prop("reviewedDocument");
    public static final Property conveyedInstructionsOf = prop("conveyedInstructionsOf");
    public static final Property jointMeetingWith = prop("jointMeetingWith");
    public static final Property hasAgendaItem = prop("hasAgendaItem");

    // Agenda items and documents
    public static final Property agendaAction = prop("agendaAction");
    public static final Property concernsDocument = prop("concernsDocument");
    public static final Property documentType = prop("documentType");
    public static final Property documentYear = prop("documentYear");
    public static final Property documentJurisdiction = prop("documentJurisdiction");

    // Post holdings
    public static final Property postTitle = prop("postTitle");
    public static final Property observedIn = prop("observedIn");
    public static final Property observedOn = prop("observedOn");

    // Evidence
    public static final Property inSentence = prop("inSentence");
    public static final Property sentenceStart = prop("sentenceStart");
    public static final Property extractedFrom = prop("extractedFrom");
    public static final Property sentenceText = prop("sentenceText");
    public static final Property startOffset = prop("startOffset");
    public static final Property endOffset = prop("endOffset");
    public static final Property confidence = prop("confidence");
    public static final Property rule = prop("rule");

    // Concepts and places (read by extract.Lexicon from the concept schemes)
    public static final Property quotedOnly = prop("quotedOnly");
    public static final Property placeType = prop("placeType");
    public static final Property divisionCode = prop("divisionCode");
    public static final Property abolished = prop("abolished");
    public static final Property ambiguousShortForm = prop("ambiguousShortForm");
    public static final Property jurisdictionSource = prop("jurisdictionSource");

    // Build-time aggregates (aggregate.Aggregates)
    public static final Resource AggregateRow = cls("AggregateRow");
    public static final Resource CoParticipation = cls("CoParticipation");
    public static final Resource MonthlyMentions = cls("MonthlyMentions");
    public static final Resource BodyMentions = cls("BodyMentions");
    public static final Resource AreaMentions = cls("AreaMentions");
    public static final Resource ConfidenceLevel = cls("ConfidenceLevel");
    public static final Resource QualityGap = cls("QualityGap");
    public static final Resource ClassCount = cls("ClassCount");
    public static final Resource JurisdictionTotals = cls("JurisdictionTotals");
    public static final Resource CoParticipationLevel = cls("CoParticipationLevel");
    public static final Property pairCount = prop("pairCount");
    public static final Property pairsAbove = prop("pairsAbove");
    public static final Resource BodyYear = cls("BodyYear");
    public static final Resource ReviewDay = cls("ReviewDay");
    public static final Property reviewDate = prop("reviewDate");
    public static final Property reviewCount = prop("reviewCount");
    public static final Property reviewsLater = prop("reviewsLater");
    public static final Property ofBodyName = prop("ofBodyName");
    public static final Property year = prop("year");
    public static final Property listedMeeting = prop("listedMeeting");
    public static final Property meetingCount = prop("meetingCount");
    public static final Property firstParticipant = prop("firstParticipant");
    public static final Property secondParticipant = prop("secondParticipant");
    public static final Property sharedMeetings = prop("sharedMeetings");
    public static final Property lastMet = prop("lastMet");
    public static final Property mentionedInBulletins = prop("mentionedInBulletins");
    public static final Property meetingsTakenPart = prop("meetingsTakenPart");
    public static final Property postTitles = prop("postTitles");
    public static final Property strategy = prop("strategy");
    public static final Property month = prop("month");
    public static final Property bulletinCount = prop("bulletinCount");
    public static final Property bulletinsLater = prop("bulletinsLater");
    public static final Property bulletin = prop("bulletin");
    public static final Property area = prop("area");
    public static final Property mentionedPlaceNames = prop("mentionedPlaceNames");
    public static final Property confidenceValue = prop("confidenceValue");
    public static final Property evidenceCount = prop("evidenceCount");
    public static final Property evidenceBelow = prop("evidenceBelow");
    public static final Property gapMeeting = prop("gapMeeting");
    public static final Property bulletinFile = prop("bulletinFile");
    public static final Property problem = prop("problem");
    public static final Property countedClass = prop("countedClass");
    public static final Property instanceCount = prop("instanceCount");
    public static final Property meetingsHeld = prop("meetingsHeld");
}

package org.bulletinkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the reused vocabularies (schema.org, FOAF, PROV-O, OWL-Time) that Jena's vocabulary classes do not
 * carry (Jena's SchemaDO uses http://schema.org/, the ontology https://schema.org/). Each is declared, with how
 * it is used here, in ontology/bulletin-kg.ttl; {@code BkgVocabularyTest} checks that.
 */
public final class Vocab {
    public static final String SCHEMA = "https://schema.org/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String TIME = "http://www.w3.org/2006/time#";

    private Vocab() {
    }

    private static Node n(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static final Node schemaText = n(SCHEMA + "text");
    public static final Node schemaDatePublished = n(SCHEMA + "datePublished");
    public static final Node schemaStartDate = n(SCHEMA + "startDate");
    public static final Node schemaOrganizer = n(SCHEMA + "organizer");
    public static final Node schemaAttendee = n(SCHEMA + "attendee");
    public static final Node schemaEvent = n(SCHEMA + "Event");
    public static final Node schemaSubEvent = n(SCHEMA + "subEvent");
    public static final Node schemaPerformer = n(SCHEMA + "performer");
    public static final Node schemaDescription = n(SCHEMA + "description");
    public static final Node schemaContainedInPlace = n(SCHEMA + "containedInPlace");
    public static final Node schemaLatitude = n(SCHEMA + "latitude");
    public static final Node schemaLongitude = n(SCHEMA + "longitude");
    public static final Node foafPerson = n(FOAF + "Person");
    public static final Node foafName = n(FOAF + "name");
    public static final Node provWasGeneratedBy = n(PROV + "wasGeneratedBy");
    public static final Node provWasDerivedFrom = n(PROV + "wasDerivedFrom");
    public static final Node timeInterval = n(TIME + "Interval");
    public static final Node timeInstant = n(TIME + "Instant");
    public static final Node timeInside = n(TIME + "inside");
    public static final Node timeInXSDDate = n(TIME + "inXSDDate");
}

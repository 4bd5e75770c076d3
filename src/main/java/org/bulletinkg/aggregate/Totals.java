package org.bulletinkg.aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * The home page's figures: how many bulletins, meetings, people, organisations and documents the graph holds,
 * and per convening body (on the body's own IRI) the number of meetings it held; per jurisdiction, the number
 * of meetings its bulletins report and of the bulletins that report one (for the map and the counts by
 * province and city).
 */
final class Totals {
    /** What the home page counts, by its name there, and the class counted. */
    static final Map<String, Node> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put("bulletins", BKG.Bulletin.asNode());
        COUNTED.put("meetings", BKG.Meeting.asNode());
        COUNTED.put("people", Vocab.foafPerson);
        COUNTED.put("organisations", ORG.Organization.asNode());
        COUNTED.put("documents", BKG.PolicyDocument.asNode());
    }

    private Totals() {
    }

    static void compute(StoredFacts facts, Rows out) {
        COUNTED.forEach((what, cls) -> {
            int n = facts.subjects(RDF.type.asNode(), cls).size();
            Node row = out.row("count", what, BKG.ClassCount);
            out.text(row, BKG.countedClass, what);
            out.count(row, BKG.instanceCount, n);
        });
        Map<Object, Set<Object>> held = new HashMap<>();
        facts.each(Vocab.schemaOrganizer, (meeting, body) -> held.computeIfAbsent(body, k -> new HashSet<>()).add(meeting));
        jurisdictions(facts, out);
        held.forEach((id, meetings) -> {
            Node body = facts.node(id);
            if (body.isURI()) {
                out.count(body, BKG.meetingsHeld, meetings.size());
            }
        });
    }

    /** Per jurisdiction (a bulletin has one): the meetings its bulletins report, and those bulletins. */
    private static void jurisdictions(StoredFacts facts, Rows out) {
        Map<Object, Object> jurisdictionOf = new HashMap<>();
        facts.each(BKG.jurisdiction.asNode(), jurisdictionOf::put);
        Map<Object, Set<Object>> bulletins = new HashMap<>();
        Map<Object, Set<Object>> meetings = new HashMap<>();
        facts.each(BKG.describesMeeting.asNode(), (bulletin, meeting) -> {
            Object j = jurisdictionOf.get(bulletin);
            if (j != null) {
                bulletins.computeIfAbsent(j, k -> new HashSet<>()).add(bulletin);
                meetings.computeIfAbsent(j, k -> new HashSet<>()).add(meeting);
            }
        });
        meetings.forEach((id, m) -> {
            Node j = facts.node(id);
            if (j.isURI()) {
                Node row = out.row("jurisdiction", j.getURI(), BKG.JurisdictionTotals);
                out.add(row, BKG.area, j);
                out.count(row, BKG.meetingCount, m.size());
                out.count(row, BKG.bulletinCount, bulletins.get(id).size());
            }
        });
    }
}

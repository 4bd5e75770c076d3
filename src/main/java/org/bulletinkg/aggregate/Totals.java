package org.bulletinkg.aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * The home page's figures: how many bulletins, meetings, people, organisations and documents the graph holds,
 * and per convening body (on the body's own IRI) the number of meetings it held.
 */
final class Totals {
    static final Resource[] COUNTED = {BKG.Bulletin, BKG.Meeting, org.apache.jena.rdf.model.ResourceFactory
            .createResource(Vocab.foafPerson.getURI()), ORG.Organization, BKG.PolicyDocument};

    private Totals() {
    }

    static void compute(StoredFacts facts, Rows out) {
        for (Resource cls : COUNTED) {
            int n = facts.subjects(RDF.type.asNode(), cls.asNode()).size();
            Node row = out.row("count", cls.getURI(), BKG.ClassCount);
            out.add(row, BKG.countedClass, cls.asNode());
            out.count(row, BKG.instanceCount, n);
        }
        Map<Object, Set<Object>> held = new HashMap<>();
        facts.each(Vocab.schemaOrganizer, (meeting, body) -> held.computeIfAbsent(body, k -> new HashSet<>()).add(meeting));
        held.forEach((id, meetings) -> {
            Node body = facts.node(id);
            if (body.isURI()) {
                out.count(body, BKG.meetingsHeld, meetings.size());
            }
        });
    }
}

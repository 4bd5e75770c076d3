package org.bulletinkg.serve;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** A small TDB2 database shaped like ours: every triple in a bulletin's named graph, none in the default graph. */
final class TestDatabase {
    static final String EX = "http://example.org/kg/";
    static final String MEETING_1 = EX + "meeting/1";
    static final String MEETING_2 = EX + "meeting/2";
    static final String BULLETIN_1 = EX + "bulletin/1";
    static final String BULLETIN_2 = EX + "bulletin/2";
    static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    /** Selects every meeting label without a GRAPH clause: answers only through the union default graph. */
    static final String SELECT_LABELS =
            "SELECT ?m ?label WHERE { ?m <" + LABEL + "> ?label } ORDER BY ?m";
    static final String COUNT_QUADS =
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    private TestDatabase() {}

    static void create(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(dsg, () -> {
            dsg.add(quad(BULLETIN_1, MEETING_1, "国务院常务会议 第一次"));
            dsg.add(quad(BULLETIN_2, MEETING_2, "国务院常务会议 第二次"));
        });
    }

    /** Adds {@code count} quads that only make a query slow. */
    static void addFiller(Path dir, int count) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < count; i++)
                dsg.add(quad(EX + "bulletin/filler", EX + "filler/" + i, "填充 " + i));
        });
    }

    private static Quad quad(String graph, String subject, String label) {
        Node g = NodeFactory.createURI(graph);
        return Quad.create(g, NodeFactory.createURI(subject), NodeFactory.createURI(LABEL),
                NodeFactory.createLiteralLang(label, "zh"));
    }
}

package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.bulletinkg.StoreException;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written for another version of the ontology is refused, whole, before anything is stored. */
class OntologyVersionTest {
    private static final Node GRAPH = NodeFactory.createURI(Tdb2Store.ONTOLOGY_GRAPH_BASE + "bulletin-kg");
    private static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/bulletin-kg/ontology");
    private static final Path SEED = TestBuilds.SAMPLES.resolve("000_3d9549ab54ff64b8.txt");

    private static Set<Quad> quads(Tdb2Store store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    @Test
    void aDatabaseOfAnotherOntologyVersionIsRefusedAndKept(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            TestBuilds.build(store, List.of(SEED), null);
            assertEquals(Tdb2Store.bundledOntologyVersion(), store.storedOntologyVersion());
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(GRAPH, ONTOLOGY, OWL2.versionInfo.asNode(), Node.ANY);
                dsg.add(Quad.create(GRAPH, ONTOLOGY, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString("0.2.0")));
            });
        }
        try (Tdb2Store store = Tdb2Store.openExisting(db)) {
            Set<Quad> before = quads(store);
            StoreException e = assertThrows(StoreException.class,
                    () -> TestBuilds.build(store, List.of(TestBuilds.SAMPLES), null));
            assertTrue(e.getMessage().contains("ontology 0.2.0") && e.getMessage().contains(db.toString()), e.getMessage());
            assertEquals(before, quads(store));
        }
        // through the command line: exit code 1 (bad data) and the message on the error stream
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TestBuilds.run(out, err, "build", "--db", db.toString(), TestBuilds.SAMPLES.toString());
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("ontology 0.2.0"), err.toString());
    }
}

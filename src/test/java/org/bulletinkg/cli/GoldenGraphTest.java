package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.bulletinkg.map.GraphMapper;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path for one seed bulletin: its named graph after a build is isomorphic to the expected graph
 * stored beside this test. When an intended change alters the graph, regenerate the expected file with
 * {@code bulletin-kg build samples/000_3d9549ab54ff64b8.txt} and {@code export --format trig}, and review the diff.
 */
class GoldenGraphTest {
    private static final String SEED = "000_3d9549ab54ff64b8";

    @Test
    void seedGraphMatchesExpected(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            TestBuilds.build(store, List.of(TestBuilds.SAMPLES.resolve(SEED + ".txt")), null);
            Node g = GraphMapper.graphOf(SEED);
            Graph actual = Txn.calculateRead(store.datasetGraph(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.datasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                return copy;
            });
            Graph expected = RDFDataMgr.loadGraph("golden/" + SEED + ".ttl");
            if (!actual.isIsomorphicWith(expected)) {
                Graph missing = GraphFactory.createDefaultGraph();
                expected.find().filterDrop(actual::contains).forEachRemaining(missing::add);
                Graph extra = GraphFactory.createDefaultGraph();
                actual.find().filterDrop(expected::contains).forEachRemaining(extra::add);
                assertTrue(false, "graph differs from golden/" + SEED + ".ttl\nmissing: " + missing + "\nextra: " + extra);
            }
            assertEquals(expected.size(), actual.size());
        }
    }
}

package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a build (SIGKILL, in a child JVM) at many points. Afterwards the database opens, every bulletin graph
 * in it is whole (isomorphic to the same bulletin's graph from an uninterrupted build), and building again
 * ends in a dataset isomorphic to the uninterrupted one.
 */
class CrashSafetyTest {
    private static final long[] KILL_AFTER_MILLIS = {300, 900, 1500, 2100, 2700, 3300, 4000, 5000, 6500};

    private static Map<Node, Graph> graphs(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<Node, Graph> out = new HashMap<>();
            store.datasetGraph().listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.datasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                out.put(g, copy);
            });
            return out;
        });
    }


    @Test
    void killedBuildsLeaveWholeBulletinsAndResume(@TempDir Path dir) throws Exception {
        Path in = TestBuilds.devCopies(dir, 12);
        DatasetGraph reference;
        Map<Node, Graph> referenceGraphs;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("reference"))) {
            TestBuilds.build(store, List.of(in), null);
            reference = TestBuilds.snapshot(store);
            referenceGraphs = graphs(store);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        int partial = 0;
        for (int k = 0; k < KILL_AFTER_MILLIS.length; k++) {
            Path db = dir.resolve("killed-" + k);
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, "org.bulletinkg.cli.Main",
                    "build", in.toString(), "--db", db.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + k + ".log").toFile()).start();
            boolean finished = child.waitFor(KILL_AFTER_MILLIS[k], TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly(); // SIGKILL on Linux
                child.waitFor();
            }
            if (!Files.isDirectory(db)) {
                continue;
            }
            try (Tdb2Store store = Tdb2Store.open(db)) {
                Map<Node, Graph> found = graphs(store);
                for (Map.Entry<Node, Graph> e : found.entrySet()) {
                    Graph expected = referenceGraphs.get(e.getKey());
                    assertTrue(expected != null, "kill " + k + ": unknown graph " + e.getKey());
                    assertTrue(expected.isIsomorphicWith(e.getValue()),
                            "kill " + k + ": graph " + e.getKey() + " is not whole (" + e.getValue().size() + " of "
                                    + expected.size() + " triples)");
                }
                if (found.size() < referenceGraphs.size()) {
                    partial++;
                }
                TestBuilds.build(store, List.of(in), null);
                assertTrue(IsoMatcher.isomorphic(reference, TestBuilds.snapshot(store)), "kill " + k + ": rebuild differs");
            }
        }
        assertTrue(partial > 0, "no kill point interrupted a build: the test proved nothing");
        assertEquals(120 + 5 + 1, referenceGraphs.size(),
                "12 copies of 10 bulletins plus 4 ontology graphs, the gazetteer's and the aggregate tables'");
        System.out.printf("crash safety: %d kill points, %d interrupted builds left partial databases%n",
                KILL_AFTER_MILLIS.length, partial);
    }

}

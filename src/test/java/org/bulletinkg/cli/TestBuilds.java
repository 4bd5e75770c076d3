package org.bulletinkg.cli;

import org.bulletinkg.pipeline.Pipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.bulletinkg.store.Tdb2Store;

/** Builds into a database for tests, with the output captured. */
final class TestBuilds {
    static final Path SAMPLES = Path.of("samples");
    static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    private TestBuilds() {
    }

    static Pipeline.Report build(Tdb2Store store, List<Path> inputs, Path manifest) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        return Pipeline.build(inputs, manifest, store, false, new PrintWriter(out), new PrintWriter(err));
    }

    /** A copy in memory of everything the database holds. */
    static org.apache.jena.sparql.core.DatasetGraph snapshot(Tdb2Store store) {
        return org.apache.jena.system.Txn.calculateRead(store.datasetGraph(), () -> {
            org.apache.jena.sparql.core.DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            // the gazetteer's 224,000 quads are the same in every database (one per gazetteer version):
            // compared apart, by version, they would only slow the isomorphism check down
            store.datasetGraph().find().forEachRemaining(q -> {
                if (!q.getGraph().getURI().equals(Tdb2Store.GAZETTEER_GRAPH)) {
                    copy.add(q);
                }
            });
            org.junit.jupiter.api.Assertions.assertTrue(store.holdsGraphVersion(org.bulletinkg.map.DivisionGraph.GRAPH,
                    org.bulletinkg.map.DivisionGraph.version()), "the database holds the gazetteer");
            return copy;
        });
    }

    /** Bulletin graphs in a database folder, or none when there is no database. */
    static java.util.List<String> graphsIn(Path db) {
        if (!java.nio.file.Files.isDirectory(db)) {
            return java.util.List.of();
        }
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return store.bulletinGraphs().stream().map(org.apache.jena.graph.Node::getURI).toList();
        }
    }

    /** Runs the command line; returns the exit code, with stdout and stderr in the given writers. */
    static int run(StringWriter out, StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }
}

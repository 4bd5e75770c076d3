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

    /**
     * The dev bulletins of the parse tests, {@code copies} times over in {@code dir/corpus}: the copies differ by
     * trailing blank lines only (the same bytes twice would be one bulletin).
     */
    static Path devCopies(Path dir, int copies) throws java.io.IOException {
        Path in = java.nio.file.Files.createDirectories(dir.resolve("corpus"));
        java.util.List<Path> sources;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("src/test/resources/parse/dev"))) {
            sources = files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        for (int copy = 0; copy < copies; copy++) {
            for (Path s : sources) {
                byte[] bytes = java.nio.file.Files.readAllBytes(s);
                byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + copy + 1);
                java.util.Arrays.fill(padded, bytes.length, padded.length, (byte) '\n');
                java.nio.file.Files.write(in.resolve(String.format("c%02d_%s", copy, s.getFileName())), padded);
            }
        }
        return in;
    }
}

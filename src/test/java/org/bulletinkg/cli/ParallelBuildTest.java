package org.bulletinkg.cli;

import org.bulletinkg.pipeline.Pipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.bulletinkg.store.Tdb2Store;
import org.bulletinkg.synth.Synth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming, parallel build gives the dataset a one-thread build gives, whichever way it stores it (bulk
 * loader or transactions) and however little it may hold in memory.
 */
class ParallelBuildTest {
    @TempDir
    static Path shared;
    static Path corpus;
    static Path more;

    @BeforeAll
    static void corpus() {
        corpus = shared.resolve("corpus");
        more = shared.resolve("more");
        Synth.write(corpus, 40, 17);
        Synth.write(more, 17, 40, 48);
    }

    private static Pipeline.Options options(int threads) {
        return new Pipeline.Options(threads, null, null, 1_000, Duration.ofSeconds(30));
    }

    private static Pipeline.Report build(Tdb2Store store, List<Path> inputs, Pipeline.Options options) {
        return Pipeline.build(inputs, null, store, false, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), options);
    }

    private static DatasetGraph snapshot(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
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

    private static DatasetGraph built(Path db, List<Path> inputs, Pipeline.Options options) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Pipeline.Report r = build(store, inputs, options);
            assertEquals(0, r.failed(), r.failures().toString());
            return snapshot(store);
        }
    }

    private static void assertSameDataset(DatasetGraph expected, DatasetGraph actual, String what) {
        assertTrue(expected.find().hasNext(), "nothing was stored");
        assertEquals(Txn.calculateRead(expected, () -> expected.stream().count()),
                Txn.calculateRead(actual, () -> actual.stream().count()), what + ": quad counts differ");
        assertTrue(IsoMatcher.isomorphic(expected, actual), what + ": datasets differ");
    }

    @Test
    void parallelBuildEqualsSequentialBuild(@TempDir Path dir) {
        DatasetGraph one = built(dir.resolve("one"), List.of(corpus), options(1));
        DatasetGraph four = built(dir.resolve("four"), List.of(corpus), options(4));
        assertSameDataset(one, four, "4 threads against 1");
    }

    @Test
    void bulkLoadEqualsTransactions(@TempDir Path dir) {
        DatasetGraph bulk = built(dir.resolve("bulk"), List.of(corpus), options(2));
        DatasetGraph transactions;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("txn"))) {
            store.loadOntology();
            assertFalse(store.isEmpty());
            Pipeline.Report r = build(store, List.of(corpus), options(2));
            assertFalse(r.bulkLoaded(), "a database that holds data takes transactions");
            transactions = snapshot(store);
        }
        assertSameDataset(bulk, transactions, "transactions against the bulk loader");
    }

    @Test
    void incrementalBuildEqualsBuildingEverythingAtOnce(@TempDir Path dir) {
        DatasetGraph atOnce = built(dir.resolve("once"), List.of(corpus, more), options(2));
        DatasetGraph inSteps;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("steps"))) {
            assertTrue(build(store, List.of(corpus), options(2)).bulkLoaded());
            Pipeline.Report r = build(store, List.of(more), options(2));
            assertFalse(r.bulkLoaded());
            assertEquals(8, r.bulletins());
            store.compact();
            inSteps = snapshot(store);
        }
        assertSameDataset(atOnce, inSteps, "an incremental build");
    }

    @Test
    void undatedBulletinsBeyondTheHoldLimitAreExtractedAgainWithTheSameResult(@TempDir Path dir) {
        // the 182nd meeting in the samples takes its year from the 174th: it waits for the year pass
        Pipeline.Options none = options(2).withHoldLimit(0);
        Pipeline.Extracted again = Pipeline.extract(List.of(TestBuilds.SAMPLES), null, none,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), block -> { });
        assertEquals(1, again.extractedAgain());
        assertEquals(2, again.bulletins());
        DatasetGraph held = built(dir.resolve("held"), List.of(TestBuilds.SAMPLES), options(2));
        DatasetGraph reExtracted = built(dir.resolve("again"), List.of(TestBuilds.SAMPLES), none);
        assertSameDataset(held, reExtracted, "extracting again instead of holding");
        DatasetGraph synthHeld = built(dir.resolve("synth-held"), List.of(corpus), options(2));
        DatasetGraph synthAgain = built(dir.resolve("synth-again"), List.of(corpus), options(2).withHoldLimit(0));
        assertSameDataset(synthHeld, synthAgain, "the synthetic corpus extracted again");
    }

    @Test
    void extractionHandsOverOneBlockPerBulletin() {
        AtomicInteger blocks = new AtomicInteger();
        Pipeline.Extracted x = Pipeline.extract(List.of(corpus), null, options(2), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), block -> {
                    assertEquals(1, block.stream().map(q -> q.getGraph()).distinct().count(), "a block spans graphs");
                    blocks.incrementAndGet();
                });
        assertEquals(40, x.bulletins());
        assertEquals(40, blocks.get());
        assertTrue(x.quads() > 40 * 100, "few quads: " + x.quads());
    }

    @Test
    void badBulletinInALargeBuildIsReportedAndNothingOfItIsStored(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Synth.write(in, 12, 4);
        Path broken;
        try (var files = Files.walk(in)) {
            broken = files.filter(p -> p.getFileName().toString().startsWith("000005_")).findFirst().orElseThrow();
        }
        Files.write(broken, new byte[] {0, 1, 2, 0, 0, 0, 3, 4, 0, 0});
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            Pipeline.Report r = Pipeline.build(List.of(in), null, store, false, new PrintWriter(out, true),
                    new PrintWriter(err, true), options(2));
            assertEquals(1, r.failed());
            assertEquals(11, r.bulletins());
            assertEquals(11, store.bulletinGraphs().size());
            String name = broken.getFileName().toString();
            assertTrue(err.toString().contains(name), err.toString());
            assertTrue(store.bulletinGraphs().stream().noneMatch(g -> g.getURI().contains(name.substring(0, 6))),
                    "the broken bulletin has a graph");
        }
        assertTrue(out.toString().contains("extract: 12 bulletins"), out.toString());
        assertTrue(out.toString().contains("1 failed"), out.toString());
        assertTrue(out.toString().contains("store: "), out.toString());
    }
}

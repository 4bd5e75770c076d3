package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: a corpus built in random batches, in a random order, ends in a dataset isomorphic to the corpus
 * built at once, years that only sibling meetings give included (a batch that brings the dated 174th meeting
 * gives its year to the 182nd stored before it).
 */
class BatchesEqualOneBuildTest {
    private static final Gson GSON = new Gson();

    /** A corpus: its folder, and its manifest's entries by file. */
    private record Corpus(Path folder, List<JsonObject> entries) {
    }

    private static Corpus read(Path folder) throws IOException {
        List<JsonObject> entries = new ArrayList<>();
        for (JsonElement e : GSON.fromJson(Files.readString(folder.resolve("manifest.json")), JsonArray.class)) {
            entries.add(e.getAsJsonObject());
        }
        return new Corpus(folder, entries);
    }

    /** The synthetic corpus without publication dates or addresses: its meetings' years come from the text or siblings. */
    private static Corpus synthWithoutDates(Path dir) throws IOException {
        Path out = dir.resolve("synth");
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "synth", "--count", "30", "--seed", "11",
                "--out", out.toString()));
        Corpus c = read(out);
        for (JsonObject e : c.entries()) {
            e.add("published", JsonNull.INSTANCE);
            e.add("source_url", JsonNull.INSTANCE);
        }
        write(out.resolve("manifest.json"), c.entries());
        return c;
    }

    private static void write(Path manifest, List<JsonObject> entries) throws IOException {
        JsonArray a = new JsonArray();
        entries.forEach(a::add);
        Files.writeString(manifest, GSON.toJson(a), StandardCharsets.UTF_8);
    }

    /** Builds the corpus's files in {@code batches} random batches, in random order, each with its part of the manifest. */
    private static DatasetGraph inBatches(Corpus c, Path dir, long seed, int batches) throws IOException {
        List<JsonObject> shuffled = new ArrayList<>(c.entries());
        Random random = new Random(seed);
        Collections.shuffle(shuffled, random);
        List<List<JsonObject>> parts = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            parts.get(i < batches ? i : random.nextInt(batches)).add(shuffled.get(i)); // no batch empty
        }
        Path db = dir.resolve("db-" + seed);
        for (int k = 0; k < batches; k++) {
            // a batch is a manifest of some of the corpus's files, beside them (a hidden name: no folder walk reads it)
            Path manifest = c.folder().resolve(".batch-" + seed + "-" + k + ".json");
            write(manifest, parts.get(k));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertEquals(0, TestBuilds.run(out, err, "build", "--manifest", manifest.toString(), "--db", db.toString()),
                    "seed " + seed + " batch " + k + ": " + out + err);
            Files.delete(manifest);
        }
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return TestBuilds.snapshot(store);
        }
    }

    private static DatasetGraph atOnce(Corpus c, Path dir) {
        Path db = dir.resolve("db-once");
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "build", c.folder().toString(), "--db", db.toString()));
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return TestBuilds.snapshot(store);
        }
    }

    private static long siblingYears(DatasetGraph d) {
        return d.stream().filter(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals("sibling-order")).count();
    }

    @Test
    void randomBatchesOfTheDevSetEndAsOneBuild(@TempDir Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("dev"));
        try (var files = Files.list(Path.of("src/test/resources/parse/dev"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Corpus dev = read(copy);
        DatasetGraph once = atOnce(dev, dir);
        assertTrue(siblingYears(once) > 0, "the dev set has a meeting dated by its siblings");
        for (long seed : new long[] {1, 2, 3}) {
            int batches = 2 + (int) (seed % 3);
            assertTrue(IsoMatcher.isomorphic(once, inBatches(dev, dir, seed, batches)),
                    "seed " + seed + ": " + batches + " batches differ from one build");
        }
    }

    @Test
    void randomBatchesOfASynthCorpusEndAsOneBuild(@TempDir Path dir) throws IOException {
        Corpus synth = synthWithoutDates(dir);
        DatasetGraph once = atOnce(synth, dir);
        assertTrue(Files.list(dir.resolve("db-once").resolve(org.bulletinkg.pipeline.PendingExtractions.FOLDER)).count() > 0,
                "the synthetic corpus without dates has meetings that wait for a year from their siblings");
        for (long seed : new long[] {5, 6}) {
            assertTrue(IsoMatcher.isomorphic(once, inBatches(synth, dir, seed, 3)), "seed " + seed + ": 3 batches differ from one build");
        }
    }
}

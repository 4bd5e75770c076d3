package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synth and bench commands run end to end (speed is the benchmark's business, never a test's). */
class BenchCommandTest {

    @Test
    void benchRunsEveryStageAndEndsWithTheRatios(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TestBuilds.run(out, err, "bench", "--count", "30", "--work", dir.toString(), "--queries",
                dir.resolve("no-library").toString());
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        for (String stage : List.of("(a) hanlp", "(b) extract", "(c) build", "(d) incremental", "(e) query", "(f) jena-loader",
                "(g) page         meeting", "(g) page         official", "(g) page         bulletin")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(stage)), "no " + stage + " line in\n" + out);
        }
        Matcher m = Pattern.compile("ratios: extract/hanlp=(\\d+\\.\\d\\d) build/hanlp=(\\d+\\.\\d\\d) store/jena-loader=(\\d+\\.\\d\\d)")
                .matcher(lines.get(lines.size() - 1));
        assertTrue(m.matches(), "last line: " + lines.get(lines.size() - 1));
        assertTrue(Double.parseDouble(m.group(1)) > 0, m.group());
        assertTrue(Double.parseDouble(m.group(3)) > 0, m.group());
        // with 30 bulletins the build's fixed costs (storing the gazetteer's 224,000 quads, refreshing the
        // aggregate tables) dominate: its ratio to HanLP can round to 0.00, so its rate is checked instead
        Matcher build = Pattern.compile("\\(c\\) build +30 bulletins in [\\d.]+ s \\(cpu [\\d.]+ s\\): ([\\d.]+) bulletins/s.*")
                .matcher(lines.stream().filter(l -> l.startsWith("(c) build")).findFirst().orElse(""));
        assertTrue(build.matches() && Double.parseDouble(build.group(1)) > 0, out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("(c) build        30 bulletins")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(d) incremental  1 bulletins")), out.toString());
        assertTrue(!Files.exists(dir.resolve("db-large")), "the benchmark left its databases behind");
    }

    @Test
    void benchOnAnExistingDatabaseRefreshesTheTablesAndTimesTheLibraryAndThePages(@TempDir Path dir) {
        Path db = dir.resolve("db");
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "build", "samples", "--db", db.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, TestBuilds.run(out, err, "bench", "--db", db.toString(), "--queries", "queries"), err.toString());
        List<String> lines = out.toString().lines().toList();
        // nothing changed since the build: the refresh writes nothing
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(h) aggregates") && l.contains("(0 added, 0 removed)")), out.toString());
        // the library's whole-graph queries read the tables, and find the samples' answers there
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(e) query        co-participants.rq") && !l.contains(" 0 rows")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(g) page         official")), out.toString());
        assertTrue(Files.isDirectory(db), "the database is the user's: it stays");
    }

    @Test
    void synthWritesTheCorpusItSays(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(0, TestBuilds.run(out, new StringWriter(), "synth", "--count", "7", "--out", dir.toString(), "--seed", "3"));
        assertTrue(out.toString().startsWith("wrote 7 bulletins"), out.toString());
        assertEquals(7, Files.readAllLines(dir.resolve("manifest.json")).stream().filter(l -> l.contains("\"file\"")).count());
        assertEquals(2, TestBuilds.run(new StringWriter(), new StringWriter(), "synth", "--count", "0", "--out", dir.toString()));
    }
}

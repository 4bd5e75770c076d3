package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of broken bulletins, as scraped archives hold them. Each bad one gets one clear message naming
 * its file and the problem; the good ones are built; the summary counts the failures and the exit code says
 * some failed; nothing stored before is lost.
 */
class BadInputCorpusTest {
    private static final Path SEED = Path.of("samples/000_3d9549ab54ff64b8.txt");
    private static final Path GBK_PAGE = Path.of("src/test/resources/parse/dev/108_chaoyang-joint-standing-carbon-group-gbk.html");

    private static String seedText() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    /** Readable despite their flaws: other charsets, no title, no date, truncated HTML. */
    private static void readable(Path in) throws IOException {
        String seed = seedText();
        Files.write(in.resolve("gbk-page.html"), Files.readAllBytes(GBK_PAGE));
        String page = "<html><head><meta charset=\"%s\"><title>区委常委会召开第175次会议</title></head><body>"
                + "<div class=\"article-content\"><p>4月15日，区委常委会召开第175次会议。区委书记于军主持会议。</p></div></body></html>";
        Files.write(in.resolve("gb18030-page.html"), String.format(page, "gb18030").getBytes(Charset.forName("GB18030")));
        Files.write(in.resolve("big5-page.html"), String.format(page, "big5").getBytes(Charset.forName("Big5")));
        byte[] utf16 = seed.replace("第174次", "第176次").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(in.resolve("utf16-bom.txt"), withBom);
        Files.writeString(in.resolve("no-title.html"), "<html><body><div class=\"article-content\"><p>近日，区政府召开常务会议。</p>"
                + "<p>区长王明主持会议。</p></div></body></html>", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("no-date.txt"), "区委召开常委会会议\n区委召开常委会会议，区委书记于军主持会议。\n", StandardCharsets.UTF_8);
        byte[] gbk = Files.readAllBytes(GBK_PAGE);
        Files.write(in.resolve("truncated.html"), java.util.Arrays.copyOf(gbk, gbk.length * 2 / 3));
    }

    @Test
    void badBulletinsAreReportedOnceAndTheRestIsBuilt(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        // what was stored before must survive
        StringWriter first = new StringWriter();
        assertEquals(0, TestBuilds.run(first, new StringWriter(), "build", "samples", "--db", db.toString()));
        DatasetGraph before;
        try (Tdb2Store store = Tdb2Store.openExisting(db)) {
            before = TestBuilds.snapshot(store);
        }

        Path in = Files.createDirectories(dir.resolve("in"));
        readable(in);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(in.resolve("binary.html"), noise);
        try (OutputStream out = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] line = "会议指出，要做好各项工作。\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Files.writeString(in.resolve("copy-a.txt"), seedText().replace("第174次", "第177次"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("copy-b.txt"), seedText().replace("第174次", "第177次"), StandardCharsets.UTF_8);
        Path sub = Files.createDirectories(in.resolve("sub"));
        Files.writeString(sub.resolve("no-date.txt"), "区政府召开常务会议\n区长王明主持会议。\n", StandardCharsets.UTF_8);
        Path listed = Files.createDirectories(dir.resolve("listed"));
        Files.writeString(listed.resolve("ok.txt"), seedText().replace("第174次", "第178次"), StandardCharsets.UTF_8);
        Files.writeString(listed.resolve("manifest.json"), """
                [{"file": "ok.txt", "source_url": null, "jurisdiction": "海淀区", "published": null},
                 {"file": "missing.txt", "source_url": null, "jurisdiction": "海淀区", "published": null}]""");
        Path badJson = Files.createDirectories(dir.resolve("badjson"));
        Files.writeString(badJson.resolve("manifest.json"), "[{\"file\": \"x.txt\",", StandardCharsets.UTF_8);
        Path badUrl = Files.createDirectories(dir.resolve("badurl"));
        Files.writeString(badUrl.resolve("x.txt"), seedText(), StandardCharsets.UTF_8);
        Files.writeString(badUrl.resolve("list.json"),
                "[{\"file\": \"x.txt\", \"source_url\": \"ftp://example.org/x\", \"jurisdiction\": null, \"published\": null}]");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TestBuilds.run(out, err, "build", in.toString(), listed.resolve("manifest.json").toString(),
                badJson.resolve("manifest.json").toString(), "--db", db.toString());
        String errors = err.toString();
        assertEquals(1, code, errors);
        for (String[] expected : new String[][] {
                {"empty.txt", "empty file"},
                {"binary.html", "binary"},
                {"huge.txt", "too large"},
                {"copy-b.txt", "same content as"},
                {"no-date.txt", "another bulletin named"},
                {"missing.txt", "does not exist"},
                {"badjson" + java.io.File.separator + "manifest.json", "bad JSON"}}) {
            long lines = errors.lines().filter(l -> l.contains(expected[0]) && l.contains(expected[1])).count();
            assertEquals(1, lines, "one message for " + expected[0] + " (" + expected[1] + "):\n" + errors);
        }
        // built: the 7 readable ones (no-date.txt among them), copy-a and ok.txt
        assertTrue(out.toString().contains("built 9 bulletins"), out + "\n" + errors);
        assertTrue(out.toString().contains("7 failed"), out.toString());

        StringWriter urlErr = new StringWriter();
        assertEquals(1, TestBuilds.run(new StringWriter(), urlErr, "build", "--manifest", badUrl.resolve("list.json").toString(),
                "--db", db.toString()));
        assertTrue(urlErr.toString().contains("source_url must be an http(s) URL"), urlErr.toString());

        try (Tdb2Store store = Tdb2Store.openExisting(db)) {
            // (the aggregate tables are recomputed from the bulletins: they change as bulletins are added)
            List<String> lost = Txn.calculateRead(store.datasetGraph(), () -> before.stream()
                    .filter(q -> !q.getGraph().getURI().startsWith(Tdb2Store.DERIVED_GRAPH_BASE))
                    .filter(q -> !store.datasetGraph().contains(q)).map(Object::toString).toList());
            assertEquals(List.of(), lost, "quads stored before were lost");
        }
    }

    @Test
    void strictStopsAtTheFirstBadBulletin(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a-empty.txt"), new byte[0]);
        Files.writeString(in.resolve("b-good.txt"), seedText(), StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        assertEquals(1, TestBuilds.run(new StringWriter(), err, "build", in.toString(), "--strict", "--db",
                dir.resolve("db").toString()));
        assertTrue(err.toString().contains("a-empty.txt: empty file"), err.toString());
        assertEquals(List.of(), TestBuilds.graphsIn(dir.resolve("db")), "nothing is stored after a strict failure");
    }
}

package org.bulletinkg.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bulletin-kg crawl` as a user runs it: the fake site crawled and built into a real TDB2 database, and the errors. */
class CrawlCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void crawlAndBuildAnswersWhoChairedTheMeetings(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        String db = dir.resolve("db").toString();
        try (FakeGovSite site = new FakeGovSite()) {
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int code = run(stdout, stderr, "crawl", site.columnUrl(), "--out", out.toString(), "--delay", "0",
                    "--timeout", "1", "--retries", "1", "--retry-wait", "0.05", "--max-page-size", "256k",
                    "--jurisdiction", "西城区", "--build", "--db", db);
            // the 404, the slow page, the redirects (loop, ftp, endless) and the huge page failed: reported, and the exit
            // code says so
            assertEquals(1, code, stdout + "\n" + stderr);
            assertTrue(stdout.toString().contains("23 articles stored"), stdout.toString());
            assertTrue(stdout.toString().contains("built 23 bulletins"), stdout.toString());
            assertTrue(stderr.toString().contains("failed: " + site.url("/xw/cwhhy/202502/t20250210_gone.html") + ": HTTP 404"),
                    stderr.toString());
        }

        StringWriter csv = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(csv, err, "query", "--db", db, "--format", "csv", "-e",
                "PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                        + "PREFIX schema: <https://schema.org/> "
                        + "SELECT ?body ?chair (COUNT(DISTINCT ?m) AS ?meetings) (MIN(?date) AS ?first) WHERE {"
                        + " ?m a bkg:Meeting ; bkg:bodyName ?body ; bkg:chair/foaf:name ?chair ; schema:startDate ?date }"
                        + " GROUP BY ?body ?chair ORDER BY ?body ?chair"), err.toString());
        // 16 meetings of the 区委常委会 and 7 of the 区政府 (the pages that answered 503 once and that moved among them),
        // each on the day before its report's date line
        assertEquals("body,chair,meetings,first\r\n区委常委会," + FakeGovSite.CHAIR + ",16,2025-01-05\r\n"
                + "区政府," + FakeGovSite.MAYOR + ",7,2025-01-26\r\n", csv.toString());
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) {
        String out = dir.resolve("o").toString();
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "crawl", "ftp://x.gov.cn/list.html", "--out", out));
        assertTrue(err.toString().contains("\"ftp://x.gov.cn/list.html\" is not an http(s) address"), err.toString());
        assertEquals(2, run(new StringWriter(), err, "crawl", "http://127.0.0.1:9/", "--out", out, "--max-page-size", "big"));
        assertEquals(2, run(new StringWriter(), err, "crawl", "http://127.0.0.1:9/", "--out", out, "--match", "会议("));
        assertEquals(2, run(new StringWriter(), err, "crawl", "http://127.0.0.1:9/", "--out", out, "--delay", "-1"));
        assertEquals(2, run(new StringWriter(), err, "crawl", "http://127.0.0.1:9/"));
        assertFalse(Files.exists(dir.resolve("o")), "nothing written on a usage error");
    }

    @Test
    void aFolderWithAnotherManifestIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "[]");
        StringWriter err = new StringWriter();
        assertEquals(1, run(new StringWriter(), err, "crawl", "http://127.0.0.1:9/list.html", "--out", dir.toString()));
        assertTrue(err.toString().startsWith("error: " + dir.resolve("manifest.json")
                + ": this folder holds a manifest.json that bulletin-kg crawl did not write"), err.toString());
        assertEquals("[]", Files.readString(dir.resolve("manifest.json")));
    }

    @Test
    void anUnreachableSiteIsReportedAndNothingIsBuilt(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // port 9 (discard) on the loopback: nothing listens, the connection is refused
        assertEquals(1, run(out, err, "crawl", "http://127.0.0.1:9/xw/index.html", "--out", dir.resolve("o").toString(),
                "--retries", "0", "--build", "--db", dir.resolve("db").toString()));
        assertTrue(err.toString().contains("failed: http://127.0.0.1:9/xw/index.html: not fetched: http://127.0.0.1:9/robots.txt"
                + " is unreachable (connection failed"), err.toString());
        assertTrue(out.toString().contains("nothing to build"), out.toString());
        assertFalse(Files.exists(dir.resolve("db")), "no database for nothing");
    }
}

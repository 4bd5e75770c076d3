package org.bulletinkg.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletinkg.source.Manifest;
import org.bulletinkg.source.SourceMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl killed with SIGKILL at several points (the server kills the crawling process a few milliseconds after
 * its k-th article request, so the kill lands while it fetches, parses, writes or records) resumes without
 * losing or duplicating an article, and without asking again for the articles it had recorded.
 */
class CrawlKillTest {
    private static final int[][] KILL_POINTS = {{1, 0}, {4, 2}, {9, 5}, {15, 1}, {20, 8}};

    @Test
    void killedCrawlsResume(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        int interrupted = 0;
        for (int[] point : KILL_POINTS) {
            int k = point[0];
            long delayMillis = point[1];
            try (FakeGovSite site = new FakeGovSite()) {
                Path out = dir.resolve("killed-" + k);
                Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, "org.bulletinkg.cli.Main", "crawl",
                        site.columnUrl(), "--out", out.toString(), "--delay", "0", "--timeout", "1", "--retries", "0",
                        "--max-page-size", "256k", "--jurisdiction", "西城区")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                site.onArticleRequest(n -> {
                    if (n == k) {
                        CompletableFuture.runAsync(() -> {
                            try {
                                Thread.sleep(delayMillis);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            child.destroyForcibly(); // SIGKILL on Linux
                        });
                    }
                });
                assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child crawl hung");
                boolean killed = child.exitValue() == 137;
                if (killed) {
                    interrupted++;
                }
                site.onArticleRequest(n -> { });
                Map<String, Integer> killedRunHits = hitsOfArticles(site);
                site.clearLog();

                CrawlReport resumed = Crawler.crawl(CrawlSiteTest.settings(site, out), new PrintWriter(new StringWriter()));

                // nothing lost: every report is in the manifest, as the server sent it
                Map<String, SourceMetadata> manifest = Manifest.read(out.resolve(Manifest.FILE_NAME)).stream()
                        .collect(Collectors.toMap(SourceMetadata::sourceUrl, m -> m));
                for (FakeGovSite.Article a : site.articles()) {
                    SourceMetadata m = manifest.get(site.url(a.path()));
                    assertTrue(m != null, "kill " + k + ": " + a.path() + " lost");
                    assertArrayEquals(a.bytes(), Files.readAllBytes(out.resolve(m.file())), "kill " + k + ": " + a.path());
                }
                // nothing duplicated: 23 entries, 23 files, no stray or temporary file
                assertEquals(23, manifest.size(), "kill " + k);
                assertEquals(23, manifest.values().stream().map(SourceMetadata::file).distinct().count(), "kill " + k);
                Set<String> expected = new HashSet<>(manifest.values().stream().map(SourceMetadata::file).toList());
                expected.add(Manifest.FILE_NAME);
                expected.add(CrawlState.FOLDER);
                try (Stream<Path> files = Files.list(out)) {
                    assertEquals(expected, files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()), "kill " + k);
                }
                try (Stream<Path> files = Files.list(out.resolve(CrawlState.FOLDER))) {
                    assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".tmp-")), "kill " + k + ": temporary files left");
                }
                // resumed, not redone: an article the killed crawl had asked for is asked again at most once more
                // (the one in flight), and the two runs together ask for each article at most twice
                Map<String, Integer> resumedHits = hitsOfArticles(site);
                int askedAgain = 0;
                for (Map.Entry<String, Integer> e : resumedHits.entrySet()) {
                    int before = killedRunHits.getOrDefault(e.getKey(), 0);
                    if (before > 0) {
                        askedAgain++;
                    }
                    assertTrue(before + e.getValue() <= 2, "kill " + k + ": " + e.getKey() + " asked " + (before + e.getValue()) + " times");
                }
                if (killed) {
                    assertTrue(askedAgain <= 2, "kill " + k + ": " + askedAgain + " articles of the killed run asked again");
                    assertTrue(resumed.stored() > 0 || k > 20, "kill " + k + ": the resumed crawl stored nothing");
                }
            }
        }
        assertTrue(interrupted >= KILL_POINTS.length - 1, "the kills did not interrupt the crawls: the test proved nothing");
    }

    private static Map<String, Integer> hitsOfArticles(FakeGovSite site) {
        List<String> paths = site.articles().stream().map(FakeGovSite.Article::path).toList();
        return site.log().stream().map(FakeGovSite.Request::path).filter(paths::contains)
                .collect(Collectors.toMap(p -> p, p -> 1, Integer::sum));
    }
}

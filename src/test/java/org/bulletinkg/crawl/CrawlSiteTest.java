package org.bulletinkg.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletinkg.BadInputException;
import org.bulletinkg.source.CharsetDetection;
import org.bulletinkg.source.Manifest;
import org.bulletinkg.source.SourceMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls of the fake district site over real HTTP, checked against what the server logged and the files written. */
class CrawlSiteTest {
    private static final List<String> LISTINGS = List.of(FakeGovSite.COLUMN + "index.html",
            FakeGovSite.COLUMN + "index_1.html", FakeGovSite.COLUMN + "index_2.html");

    private FakeGovSite site;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        site = new FakeGovSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** Settings for the local site: no delay, a 1 s read timeout, a 256 KB page limit, one quick retry. */
    static CrawlSettings settings(FakeGovSite site, Path out) {
        return CrawlSettings.of(List.of(URI.create(site.columnUrl())), out)
                .withDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withMaxPageBytes(256 * 1024)
                .withRetries(1, Duration.ofMillis(50))
                .withJurisdiction("西城区")
                .withUserAgent(CrawlSettings.userAgentOf("9.9.9"));
    }

    private CrawlReport crawl(CrawlSettings settings) {
        return Crawler.crawl(settings, new PrintWriter(err, true));
    }

    private static Map<String, SourceMetadata> manifestByUrl(Path out) {
        return Manifest.read(out.resolve(Manifest.FILE_NAME)).stream()
                .collect(Collectors.toMap(SourceMetadata::sourceUrl, Function.identity()));
    }

    private List<String> paths() {
        return site.log().stream().map(FakeGovSite.Request::path).toList();
    }

    @Test
    void firstCrawlFetchesEveryReportOnceAndWritesItAsReceived(@TempDir Path out) throws IOException {
        CrawlReport r = crawl(settings(site, out));

        List<FakeGovSite.Article> reports = site.articles();
        assertEquals(21, reports.size());
        // 21 reports, the page that answered 503 once and the one that moved; the aliased report once
        assertEquals(23, r.stored(), r.summary() + "\n" + err);
        assertEquals(1, r.duplicates(), r.summary());
        assertEquals(23, r.manifestEntries());
        Map<String, SourceMetadata> manifest = manifestByUrl(out);
        assertEquals(23, manifest.size());
        // a report that moved: followed, and recorded under the address it came from
        SourceMetadata moved = manifest.get(site.url(FakeGovSite.MOVED_TO));
        assertArrayEquals(FakeGovSite.MOVED_PAGE, Files.readAllBytes(out.resolve(moved.file())));
        assertEquals(LocalDate.of(2025, 2, 15), moved.published());
        assertEquals(1, site.hits(FakeGovSite.MOVED));
        assertEquals(1, site.hits(FakeGovSite.MOVED_TO));
        for (FakeGovSite.Article a : reports) {
            SourceMetadata m = manifest.get(site.url(a.path()));
            assertTrue(m != null, "no manifest entry for " + a.path());
            byte[] written = Files.readAllBytes(out.resolve(m.file()));
            assertArrayEquals(a.bytes(), written, a.path() + ": not written as received");
            assertEquals(a.date(), m.published(), a.path());
            assertEquals("西城区", m.jurisdiction());
            // what the build reads: the title, whatever the charset and wherever (if anywhere) it is declared
            assertTrue(CharsetDetection.decode(written).contains(a.title()), a.path() + " does not decode to its title");
        }
        assertFalse(manifest.containsKey(site.url(FakeGovSite.aliasPath(site.aliased()))), "the alias was stored as well");
        assertEquals(1, site.hits(FakeGovSite.aliasPath(site.aliased())), "the alias must be fetched to know it is one");

        // the HTTP charset is kept beside each entry (GBK for a header that says so, null for none)
        String manifestText = Files.readString(out.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(manifestText.contains("\"charset\": \"GBK\""), manifestText);
        assertTrue(manifestText.contains("\"charset\": null"), manifestText);

        // the folder holds the manifest, the reports and the hidden state: nothing else
        try (Stream<Path> files = Files.list(out)) {
            Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            Set<String> expected = manifest.values().stream().map(SourceMetadata::file).collect(Collectors.toSet());
            expected.add(Manifest.FILE_NAME);
            expected.add(CrawlState.FOLDER);
            assertEquals(expected, names);
        }

        // politeness, from the server's log
        assertEquals(1, site.hits("/robots.txt"));
        assertEquals(0, site.hits("/private/t20250301_9001.html"), "robots.txt disallows /private/");
        assertEquals(1, r.disallowed());
        assertEquals(0, site.hits("/xw/cwhhy/202501/t20250120_notice.html"), "a notice is no meeting");
        for (String listing : LISTINGS) {
            assertEquals(1, site.hits(listing), listing);
        }
        for (FakeGovSite.Article a : reports) {
            assertEquals(1, site.hits(a.path()), a.path() + " fetched more than once");
        }
        assertEquals(1, site.hits("/xw/cwhhy/202502/t20250210_gone.html"), "a 404 is not retried");
        assertEquals(2, site.hits("/xw/cwhhy/202502/t20250211_slow.html"), "a timeout is retried (once here)");
        assertEquals(2, site.hits("/xw/cwhhy/202502/t20250214_flaky.html"), "a 503 is retried");
        assertEquals(1, site.hits("/xw/cwhhy/loop_a.html"));
        assertEquals(1, site.hits("/xw/cwhhy/loop_b.html"));
        assertEquals(1, site.hits("/xw/cwhhy/202502/t20250213_huge.html"));
        // and nothing else: not the menu, the notice, the other site or the disallowed page
        Set<String> asked = site.askedFor();
        Set<String> expected = new java.util.TreeSet<>(LISTINGS);
        reports.forEach(a -> expected.add(a.path()));
        expected.addAll(List.of("/robots.txt", FakeGovSite.aliasPath(site.aliased()), "/xw/cwhhy/202502/t20250210_gone.html",
                "/xw/cwhhy/202502/t20250211_slow.html", "/xw/cwhhy/loop_a.html", "/xw/cwhhy/loop_b.html",
                "/xw/cwhhy/202502/t20250213_huge.html", "/xw/cwhhy/202502/t20250214_flaky.html", FakeGovSite.MOVED,
                FakeGovSite.MOVED_TO, "/xw/cwhhy/202502/t20250216_ftp.html"));
        for (int hop = 1; hop <= 6; hop++) {
            expected.add("/xw/cwhhy/hop_" + hop + ".html"); // the first request and 5 redirects, no more
        }
        assertEquals(expected, asked);
        assertTrue(site.log().stream().allMatch(q -> q.userAgent().equals(CrawlSettings.userAgentOf("9.9.9"))),
                "every request names the program and its version");
        assertTrue(CrawlSettings.userAgentOf("9.9.9").startsWith("bulletin-kg/9.9.9"));

        // the failures, each with its address and problem
        assertEquals(6, r.failed(), String.join("\n", r.failures()));
        String failures = String.join("\n", r.failures());
        assertTrue(failures.contains(site.url("/xw/cwhhy/202502/t20250210_gone.html") + ": HTTP 404"), failures);
        assertTrue(failures.contains(site.url("/xw/cwhhy/202502/t20250211_slow.html") + ": no answer within 1.0 s (tried 2 times)"), failures);
        assertTrue(failures.contains(site.url("/xw/cwhhy/loop_a.html") + ": redirect loop"), failures);
        assertTrue(failures.contains(site.url("/xw/cwhhy/202502/t20250213_huge.html") + ": larger than the limit of 262144 bytes"), failures);
        assertTrue(failures.contains(site.url("/xw/cwhhy/202502/t20250216_ftp.html") + ": redirected to"
                + " \"ftp://127.0.0.1/t20250216_ftp.html\", which is no http(s) address"), failures);
        assertTrue(failures.contains(site.url("/xw/cwhhy/hop_1.html") + ": more than 5 redirects: "), failures);
        assertTrue(err.toString().contains("failed: " + site.url("/xw/cwhhy/202502/t20250210_gone.html")), err.toString());
    }

    @Test
    void secondCrawlAsksOnlyForTheListingsAndThenForTheNewReport(@TempDir Path out) throws IOException {
        crawl(settings(site, out));
        String manifestBefore = Files.readString(out.resolve(Manifest.FILE_NAME));

        site.clearLog();
        CrawlReport again = crawl(settings(site, out));
        assertEquals(LISTINGS, paths(), "an unchanged site: only the listings, conditionally");
        assertTrue(site.log().stream().allMatch(q -> q.status() == 304 && q.conditional()), site.log().toString());
        assertTrue(site.log().get(2).ifModifiedSince() != null, "the last page, which gives Last-Modified, is asked with it");
        assertEquals(3, again.listingsUnchanged());
        assertEquals(0, again.stored());
        assertEquals(0, again.failed());
        assertEquals(24, again.known(), again.summary());
        assertEquals(6, again.failedEarlier(), again.summary());
        assertEquals(3, again.requests());
        assertEquals(manifestBefore, Files.readString(out.resolve(Manifest.FILE_NAME)));

        FakeGovSite.Article fresh = site.addMeeting("cwh");
        site.clearLog();
        CrawlReport third = crawl(settings(site, out));
        assertEquals(Set.copyOf(LISTINGS), Set.copyOf(paths().subList(0, 3)));
        assertEquals(List.of(fresh.path()), paths().subList(3, paths().size()), "only the new report is fetched");
        assertEquals(1, third.stored());
        Map<String, SourceMetadata> manifest = manifestByUrl(out);
        assertEquals(24, manifest.size());
        assertArrayEquals(fresh.bytes(), Files.readAllBytes(out.resolve(manifest.get(site.url(fresh.path())).file())));
    }

    @Test
    void refreshFetchesEverythingAgainAndRewritesNothingUnchanged(@TempDir Path out) throws IOException {
        crawl(settings(site, out));
        site.clearLog();
        CrawlReport r = crawl(settings(site, out).withRefresh(true, false));
        for (String listing : LISTINGS) {
            assertEquals(1, site.hits(listing));
        }
        assertTrue(site.log().stream().noneMatch(FakeGovSite.Request::conditional), "--refresh asks unconditionally");
        assertTrue(site.hits("/robots.txt") == 1, "--refresh reads robots.txt again");
        for (FakeGovSite.Article a : site.articles()) {
            assertEquals(1, site.hits(a.path()), a.path());
        }
        assertEquals(0, r.stored());
        assertEquals(23, r.unchanged(), r.summary());
        assertEquals(23, manifestByUrl(out).size());
    }

    @Test
    void maxArticlesThenTheRest(@TempDir Path out) {
        CrawlReport first = crawl(settings(site, out).withLimits(5, 1000));
        assertEquals(5, first.stored(), first.summary());
        assertEquals(5, manifestByUrl(out).size());
        // the newest five, from the first listing page: no further page needed
        assertEquals(List.of("/robots.txt", LISTINGS.get(0)), paths().subList(0, 2));
        assertEquals(0, site.hits(LISTINGS.get(1)));
        CrawlReport rest = crawl(settings(site, out));
        assertEquals(18, rest.stored(), rest.summary());
        assertEquals(5, rest.known(), rest.summary());
        assertEquals(23, manifestByUrl(out).size());
        for (FakeGovSite.Article a : site.articles()) {
            assertEquals(1, site.hits(a.path()), a.path());
        }
    }

    @Test
    void sinceLeavesOutOlderReportsWithoutAskingForThem(@TempDir Path out) {
        LocalDate since = LocalDate.of(2025, 4, 1);
        CrawlReport r = crawl(settings(site, out).withSince(since));
        List<FakeGovSite.Article> recent = site.articles().stream().filter(a -> !a.date().isBefore(since)).toList();
        assertEquals(recent.size(), r.stored(), r.summary());
        assertEquals(recent.size(), manifestByUrl(out).size());
        for (FakeGovSite.Article a : site.articles()) {
            assertEquals(a.date().isBefore(since) ? 0 : 1, site.hits(a.path()), a.path());
        }
        assertEquals(0, r.failed(), "the failing pages are older than --since: never asked for");
    }

    @Test
    void refusesAFolderWithAManifestItDidNotWrite(@TempDir Path out) throws IOException {
        Path manifest = out.resolve(Manifest.FILE_NAME);
        Files.writeString(manifest, "[{\"file\": \"mine.txt\", \"source_url\": null}]");
        BadInputException e = assertThrows(BadInputException.class, () -> crawl(settings(site, out)));
        assertTrue(e.getMessage().contains(manifest.toString()) && e.getMessage().contains("did not write"), e.getMessage());
        assertEquals("[{\"file\": \"mine.txt\", \"source_url\": null}]", Files.readString(manifest));
        assertTrue(site.log().isEmpty(), "nothing is fetched for a folder the crawl may not write");
        assertFalse(Files.exists(out.resolve(CrawlState.FOLDER)));
    }

    @Test
    void refusesAManifestChangedSinceItWroteIt(@TempDir Path out) throws IOException {
        crawl(settings(site, out));
        Path manifest = out.resolve(Manifest.FILE_NAME);
        String edited = Files.readString(manifest).replace("西城区", "东城区");
        Files.writeString(manifest, edited);
        BadInputException e = assertThrows(BadInputException.class, () -> crawl(settings(site, out)));
        assertTrue(e.getMessage().contains("changed since bulletin-kg crawl wrote it"), e.getMessage());
        assertEquals(edited, Files.readString(manifest));
    }

    @Test
    void neverOverwritesAFileItDidNotWrite(@TempDir Path out) throws IOException {
        FakeGovSite.Article a = site.articles().get(0);
        String name = Addresses.fileName(URI.create(site.url(a.path())), "html");
        Files.writeString(out.resolve(name), "mine");
        CrawlReport r = crawl(settings(site, out));
        assertEquals("mine", Files.readString(out.resolve(name)));
        assertTrue(r.failures().stream().anyMatch(f -> f.contains(name) && f.contains("not written by the crawl")),
                String.join("\n", r.failures()));
        assertNull(manifestByUrl(out).get(site.url(a.path())));
    }

    @Test
    void aTornLastJournalLineIsTheChangeThatNeverHappened(@TempDir Path out) throws IOException {
        crawl(settings(site, out).withLimits(3, 1000));
        Path journal = out.resolve(CrawlState.FOLDER).resolve("journal.jsonl");
        Files.writeString(journal, "{\"t\":\"article\",\"v\":{\"url\":\"http://127.0.0.1/x\",\"sta");
        CrawlReport rest = crawl(settings(site, out));
        assertEquals(20, rest.stored(), rest.summary());
        assertEquals(23, manifestByUrl(out).size());
    }

    @Test
    void requestsToTheSiteAreSpacedByTheDelay(@TempDir Path out) {
        Duration delay = Duration.ofMillis(150);
        crawl(settings(site, out).withDelay(delay).withLimits(4, 1000));
        List<FakeGovSite.Request> log = site.log();
        assertEquals(6, log.size(), log.toString()); // robots.txt, the first listing, four reports
        for (int i = 1; i < log.size(); i++) {
            long gap = log.get(i).startNanos() - log.get(i - 1).startNanos();
            assertTrue(gap >= delay.toNanos(), "requests " + i + " and " + (i + 1) + " only " + gap / 1_000_000 + " ms apart");
        }
    }

    @Test
    void progressLinesAndTheSummaryTellPagesArticlesFailuresAndTimeLeft(@TempDir Path out) {
        CrawlReport r = crawl(settings(site, out).withProgressEvery(Duration.ZERO));
        String progress = err.toString();
        assertTrue(progress.contains("crawl: 1 listing pages (2 queued); articles 0 new, 0 known, 0 failed"), progress);
        assertTrue(progress.lines().anyMatch(l -> l.matches("crawl: 3 listing pages; articles \\d+ new, 0 known, \\d+ failed, \\d+/30, ETA \\d+m\\d{2}s \\(\\d+ s\\)")),
                progress);
        assertTrue(r.summary().startsWith("crawled 3 listing pages (0 unchanged): 23 articles stored, 0 known, 1 duplicates, 6 failed,"
                + " 1 disallowed by robots.txt;"), r.summary());
    }

    @Test
    void aReportWhoseFileWasRemovedIsFetchedAgain(@TempDir Path out) throws IOException {
        crawl(settings(site, out));
        FakeGovSite.Article a = site.articles().get(3);
        SourceMetadata m = manifestByUrl(out).get(site.url(a.path()));
        Files.delete(out.resolve(m.file()));
        site.clearLog();
        CrawlReport r = crawl(settings(site, out));
        assertEquals(1, r.stored(), r.summary());
        assertEquals(List.of(a.path()), paths().subList(3, paths().size()));
        assertArrayEquals(a.bytes(), Files.readAllBytes(out.resolve(m.file())));
    }
}

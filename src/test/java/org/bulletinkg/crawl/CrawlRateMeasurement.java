package org.bulletinkg.crawl;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles per second of a crawl at --delay 0 of a local site of N reports, and what a second run asks for:
 * {@code mvn -B -ntp test -Dtest=CrawlRateMeasurement -Dcrawl.bench=1000}. A measurement, not a test: it runs only
 * when asked to.
 */
@EnabledIfSystemProperty(named = "crawl.bench", matches = "\\d+")
class CrawlRateMeasurement {

    @Test
    void articlesPerSecond(@TempDir Path dir) throws Exception {
        int n = Integer.parseInt(System.getProperty("crawl.bench"));
        try (FakeGovSite site = new FakeGovSite(n)) {
            CrawlSettings settings = CrawlSettings.of(List.of(URI.create(site.columnUrl())), dir.resolve("out"))
                    .withDelay(Duration.ZERO).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                    .withMaxPageBytes(256 * 1024).withRetries(1, Duration.ofMillis(50));
            // warm-up on a separate folder, so the JIT has compiled the crawl's code before it is timed
            Crawler.crawl(settings.withLimits(50, 1000).withRefresh(true, false)
                    .withJurisdiction(null), new PrintWriter(new StringWriter()));
            CrawlSettings timed = new CrawlSettings(settings.columns(), dir.resolve("timed"), null, settings.match(), 0,
                    1000, null, false, false, Duration.ZERO, settings.connectTimeout(), settings.readTimeout(),
                    settings.maxPageBytes(), settings.retries(), settings.retryWait(), settings.maxRedirects(),
                    settings.userAgent(), Duration.ofHours(1));
            site.clearLog();
            CrawlReport first = Crawler.crawl(timed, new PrintWriter(new StringWriter()));
            long requests = site.log().size();
            site.clearLog();
            CrawlReport second = Crawler.crawl(timed, new PrintWriter(new StringWriter()));
            System.out.printf(Locale.ROOT, "crawl of %d reports at --delay 0: %d stored in %.2f s, %.0f articles/s (%d requests,"
                            + " failing pages included); second run: %d requests (%d listing pages, %d unchanged), %d stored,"
                            + " %.2f s%n", n, first.stored(), first.millis() / 1000.0, first.stored() * 1000.0 / first.millis(),
                    requests, site.log().size(), second.listings(), second.listingsUnchanged(), second.stored(),
                    second.millis() / 1000.0);
        }
    }
}

package org.bulletinkg.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a crawl runs. Built with {@link #of} and the {@code with…} methods; immutable.
 *
 * @param columns        the listing pages to start from, one a column
 * @param out            the folder the articles, their manifest and the crawl state go to
 * @param jurisdiction   the manifest's jurisdiction for new articles, or null to leave it to the build
 * @param match          what an article link's anchor text or title must hold
 * @param maxArticles    at most this many articles are fetched in a run (0: no limit)
 * @param maxPages       at most this many listing pages per column
 * @param since          articles published before this day are left out (null: none)
 * @param refresh        fetch every listing page and article again, unconditionally
 * @param retryFailed    fetch again the articles earlier runs failed on (otherwise they are not asked for again)
 * @param delay          the pause between two requests to one host (a longer Crawl-delay of robots.txt wins)
 * @param connectTimeout how long a connection may take
 * @param readTimeout    how long a whole answer may take, headers and body
 * @param maxPageBytes   the largest page accepted
 * @param retries        how often a timeout or a 5xx answer is tried again
 * @param retryWait      the wait before the first retry; it doubles for each further one
 * @param maxRedirects   the longest chain of redirects followed
 * @param userAgent      the User-Agent header: the program and its version
 * @param progressEvery  how often a progress line is printed
 */
public record CrawlSettings(List<URI> columns, Path out, String jurisdiction, Pattern match, int maxArticles,
                            int maxPages, LocalDate since, boolean refresh, boolean retryFailed, Duration delay,
                            Duration connectTimeout, Duration readTimeout, long maxPageBytes, int retries,
                            Duration retryWait, int maxRedirects, String userAgent, Duration progressEvery) {
    /** The product token robots.txt groups are matched against. */
    public static final String PRODUCT = "bulletin-kg";

    public CrawlSettings {
        columns = List.copyOf(columns);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(userAgent, "userAgent");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("columns: give at least one listing page");
        }
        if (maxArticles < 0) {
            throw new IllegalArgumentException("maxArticles must be 0 (no limit) or more, not " + maxArticles);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, not " + maxPages);
        }
        if (delay.isNegative() || retryWait.isNegative()) {
            throw new IllegalArgumentException("delay and retryWait may not be negative");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxPageBytes < 1024) {
            throw new IllegalArgumentException("maxPageBytes must be at least 1 KB, not " + maxPageBytes);
        }
        if (retries < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("retries and maxRedirects may not be negative");
        }
    }

    /** The defaults: meeting words, 1 s between requests, 10 s to connect, 30 s to answer, 5 MB a page, 2 retries. */
    public static CrawlSettings of(List<URI> columns, Path out) {
        return new CrawlSettings(columns, out, null, CrawlRules.standard().defaultMatch(), 0, 1_000, null, false, false,
                Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 2,
                Duration.ofSeconds(2), 5, userAgentOf(packageVersion()), Duration.ofSeconds(5));
    }

    public CrawlSettings withJurisdiction(String name) {
        return new CrawlSettings(columns, out, name, match, maxArticles, maxPages, since, refresh, retryFailed, delay,
                connectTimeout, readTimeout, maxPageBytes, retries, retryWait, maxRedirects, userAgent, progressEvery);
    }

    public CrawlSettings withMatch(Pattern p) {
        return new CrawlSettings(columns, out, jurisdiction, p, maxArticles, maxPages, since, refresh, retryFailed, delay,
                connectTimeout, readTimeout, maxPageBytes, retries, retryWait, maxRedirects, userAgent, progressEvery);
    }

    public CrawlSettings withLimits(int articles, int pages) {
        return new CrawlSettings(columns, out, jurisdiction, match, articles, pages, since, refresh, retryFailed, delay,
                connectTimeout, readTimeout, maxPageBytes, retries, retryWait, maxRedirects, userAgent, progressEvery);
    }

    public CrawlSettings withSince(LocalDate day) {
        return new CrawlSettings(columns, out, jurisdiction, match, maxArticles, maxPages, day, refresh, retryFailed, delay,
                connectTimeout, readTimeout, maxPageBytes, retries, retryWait, maxRedirects, userAgent, progressEvery);
    }

    public CrawlSettings withRefresh(boolean all, boolean failed) {
        return new CrawlSettings(columns, out, jurisdiction, match, maxArticles, maxPages, since, all, failed, delay,
                connectTimeout, readTimeout, maxPageBytes, retries, retryWait, maxRedirects, userAgent, progressEvery);
    }

    public CrawlSettings withDelay(Duration d) {
        return new CrawlSettings(columns, out, jurisdiction, match, maxArticles, maxPages, since, refresh, retryFailed, d,
                connectTimeout, readTimeout, maxPageBytes, retries, retryWait, maxRedirects, userAgent, progressEvery);
    }

    public CrawlSettings withTimeouts(Duration connect, Duration read) {
        return new CrawlSettings(columns, out, jurisdiction, match, maxArticles, maxPages, since, refresh, retryFailed, delay,
                connect, read, maxPageBytes, retries, retryWait, maxRedirects, userAgent, progressEvery);
    }

    public CrawlSettings withMaxPageBytes(long bytes) {
        return new CrawlSettings(columns, out, jurisdiction, match, maxArticles, maxPages, since, refresh, retryFailed, delay,
                connectTimeout, readTimeout, bytes, retries, retryWait, maxRedirects, userAgent, progressEvery);
    }

    public CrawlSettings withRetries(int n, Duration wait) {
        return new CrawlSettings(columns, out, jurisdiction, match, maxArticles, maxPages, since, refresh, retryFailed, delay,
                connectTimeout, readTimeout, maxPageBytes, n, wait, maxRedirects, userAgent, progressEvery);
    }

    public CrawlSettings withMaxRedirects(int n) {
        return new CrawlSettings(columns, out, jurisdiction, match, maxArticles, maxPages, since, refresh, retryFailed, delay,
                connectTimeout, readTimeout, maxPageBytes, retries, retryWait, n, userAgent, progressEvery);
    }

    /** The User-Agent from the program's name and version ("bulletin-kg 0.1.0" gives bulletin-kg/0.1.0 …). */
    public CrawlSettings withUserAgent(String ua) {
        return new CrawlSettings(columns, out, jurisdiction, match, maxArticles, maxPages, since, refresh, retryFailed, delay,
                connectTimeout, readTimeout, maxPageBytes, retries, retryWait, maxRedirects, ua, progressEvery);
    }

    public CrawlSettings withProgressEvery(Duration every) {
        return new CrawlSettings(columns, out, jurisdiction, match, maxArticles, maxPages, since, refresh, retryFailed, delay,
                connectTimeout, readTimeout, maxPageBytes, retries, retryWait, maxRedirects, userAgent, every);
    }

    /** The version in the jar's manifest, or "dev" when the classes do not come from a jar that gives one. */
    private static String packageVersion() {
        String v = CrawlSettings.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    /** The User-Agent header for a program and version: bulletin-kg/0.1.0 (meeting bulletin crawler; obeys robots.txt). */
    public static String userAgentOf(String version) {
        return PRODUCT + "/" + version + " (meeting-bulletin crawler; obeys robots.txt)";
    }
}

package org.bulletinkg.crawl;

import java.util.List;
import java.util.Locale;

/**
 * What a crawl did.
 *
 * @param listings          listing pages asked for
 * @param listingsUnchanged of those, pages the server said were unchanged (304)
 * @param stored            articles written (new, or changed under --refresh)
 * @param unchanged         articles fetched again (--refresh, --retry-failed) whose bytes had not changed
 * @param known             articles of the listings fetched by an earlier run, not asked for again
 * @param duplicates        articles whose bytes were those of another address's article (stored once)
 * @param failed            pages (listings and articles) that failed in this run
 * @param failedEarlier     articles that failed in an earlier run, not asked for again (--retry-failed)
 * @param disallowed        articles robots.txt keeps the crawler from
 * @param beforeSince       articles published before --since, left out
 * @param charsetMismatches articles whose HTTP charset the build's charset detection would not follow
 * @param requests          HTTP requests sent (robots.txt, retries and redirects included)
 * @param manifestEntries   entries of the manifest written
 * @param millis            wall time
 * @param failures          one line per failure: the address and the problem
 */
public record CrawlReport(int listings, int listingsUnchanged, int stored, int unchanged, int known, int duplicates,
                          int failed, int failedEarlier, int disallowed, int beforeSince, int charsetMismatches,
                          long requests, int manifestEntries, long millis, List<String> failures) {
    public CrawlReport {
        failures = List.copyOf(failures);
    }

    /** The summary line. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "crawled %d listing pages (%d unchanged): %d articles stored, %d known, %d duplicates, %d failed",
                listings, listingsUnchanged, stored, known, duplicates, failed));
        if (unchanged > 0) {
            s.append(", ").append(unchanged).append(" fetched again unchanged");
        }
        if (disallowed > 0) {
            s.append(", ").append(disallowed).append(" disallowed by robots.txt");
        }
        if (beforeSince > 0) {
            s.append(", ").append(beforeSince).append(" before --since");
        }
        if (failedEarlier > 0) {
            s.append(", ").append(failedEarlier).append(" failed earlier (not asked again; --retry-failed)");
        }
        if (charsetMismatches > 0) {
            s.append(", ").append(charsetMismatches).append(" with a charset the build will not follow (logged)");
        }
        s.append(String.format(Locale.ROOT, "; %d requests in %.1f s; manifest: %d bulletins", requests, millis / 1000.0,
                manifestEntries));
        return s.toString();
    }
}

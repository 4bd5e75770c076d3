package org.bulletinkg.crawl;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** Progress lines of a long crawl on the error stream, at most one per period. */
final class CrawlProgress {
    private final PrintWriter err;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private long lastLine = System.nanoTime();
    private long articlesStart;

    int listings;
    int listingsQueued;
    int stored;
    int known;
    int failed;
    int articlesDone;
    int articlesPlanned;

    CrawlProgress(PrintWriter err, Duration every) {
        this.err = err;
        this.everyNanos = every.toNanos();
    }

    void articlesPlanned(int n) {
        articlesPlanned = n;
        articlesStart = System.nanoTime();
    }

    /** Prints a line when the period has passed since the last one. */
    void tick() {
        long now = System.nanoTime();
        if (now - lastLine < everyNanos) {
            return;
        }
        lastLine = now;
        String eta = "";
        if (articlesPlanned > 0 && articlesDone > 0) {
            double perArticle = (now - articlesStart) / (double) articlesDone;
            long left = Math.round(perArticle * (articlesPlanned - articlesDone) / 1e9);
            eta = String.format(Locale.ROOT, ", %d/%d, ETA %dm%02ds", articlesDone, articlesPlanned, left / 60, left % 60);
        }
        err.printf(Locale.ROOT, "crawl: %d listing pages%s; articles %d new, %d known, %d failed%s (%.0f s)%n", listings,
                listingsQueued > 0 ? " (" + listingsQueued + " queued)" : "", stored, known, failed, eta,
                (now - start) / 1e9);
        err.flush();
    }
}

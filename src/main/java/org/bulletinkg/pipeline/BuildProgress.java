package org.bulletinkg.pipeline;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long build, one phase at a time: every few seconds a line with a bar, the rate, the time
 * left and the failures so far; at the end of a phase a summary line. Workers only bump counters; a daemon
 * thread does the printing, through the command's writer.
 */
final class BuildProgress implements AutoCloseable {
    private static final int BAR = 20;

    private final PrintWriter out;
    private final ScheduledExecutorService ticker;
    private final AtomicLong done = new AtomicLong();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile String phase;
    private volatile String unit;
    private volatile long total;
    private volatile long startNanos;

    BuildProgress(PrintWriter out, Duration every) {
        this.out = out;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bulletin-kg-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, every.toMillis());
        ticker.scheduleAtFixedRate(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Starts a phase of {@code total} items (bulletins, quads). */
    synchronized void start(String name, long totalItems, String itemName) {
        phase = name;
        unit = itemName;
        total = totalItems;
        done.set(0);
        startNanos = System.nanoTime();
    }

    /** Counts work done in the current phase (the store step counts its quads here). */
    AtomicLong done() {
        return done;
    }

    void failure() {
        failed.incrementAndGet();
    }

    int failures() {
        return failed.get();
    }

    /** Ends the phase with a summary line; returns its duration in milliseconds. */
    synchronized long finish(String detail) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        long n = done.get();
        out.printf(Locale.ROOT, "%s: %,d %s in %.1f s (%s/s)%s%n", phase, n, unit, millis / 1000.0,
                rate(n, millis), detail.isEmpty() ? "" : "; " + detail);
        out.flush();
        phase = null;
        return millis;
    }

    private synchronized void tick() {
        if (phase == null) {
            return;
        }
        long n = done.get();
        long millis = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
        double share = total > 0 ? Math.min(1.0, n / (double) total) : 0;
        int filled = (int) Math.round(share * BAR);
        String eta = n == 0 ? "?" : duration((long) ((total - n) * (millis / (double) n)));
        out.printf(Locale.ROOT, "%s [%s%s] %3.0f%% %,d/%,d %s, %s/s, ETA %s, %d failed%n", phase,
                "#".repeat(filled), "-".repeat(BAR - filled), share * 100, n, total, unit, rate(n, millis), eta,
                failed.get());
        out.flush();
    }

    private static String rate(long n, long millis) {
        double perSecond = n * 1000.0 / Math.max(1, millis);
        return perSecond >= 10_000 ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    static String duration(long millis) {
        long s = millis / 1000;
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}

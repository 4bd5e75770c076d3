package org.bulletinkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.bulletinkg.aggregate.Aggregates;
import org.bulletinkg.pipeline.Pipeline;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.SourceFile;
import org.bulletinkg.store.Tdb2Store;
import org.bulletinkg.store.TextIndex;
import org.bulletinkg.synth.Synth;

/**
 * Runs, on one corpus and one thread count, in one process: (a) HanLP alone; (b) the whole extraction to a
 * counting sink; (c) the whole build into a fresh TDB2 database; (d) an incremental build of 1% more bulletins
 * into that database, against the same bulletins built into an empty one; (e) the query library on the large
 * graph; (f) Jena's parallel bulk loader on the very quads (c) stored, into another fresh database. Prints a
 * line per stage, the memory of the process, and last the ratios the targets are stated in.
 */
public final class Benchmark {
    /** Bulletins both HanLP alone and the whole extraction run before anything is timed. */
    private static final int WARM_BULLETINS = 500;

    /**
     * @param count   bulletins to generate (ignored with {@code corpus})
     * @param corpus  an existing corpus to use instead (its last 1% of files become the incremental step), or null
     * @param work    folder for the corpus, databases and temporary files (a new temporary folder when null)
     * @param queries the query library folder ({@code queries}); stand-ins run where it is missing
     * @param keep    keep the work folder afterwards
     */
    public record Settings(int count, int threads, long seed, Path corpus, Path work, Path queries, boolean keep) {
    }

    private static final MonitorOutput QUIET = (fmt, args) -> { };

    private final Settings settings;
    private final PrintWriter out;
    private final PrintWriter err;

    public Benchmark(Settings settings, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    public void run() throws IOException {
        Path work = settings.work() != null ? Files.createDirectories(settings.work())
                : Files.createTempDirectory("bulletin-kg-bench-");
        try {
            runIn(work);
        } finally {
            if (!settings.keep()) {
                deleteTree(work.resolve("db-large"));
                deleteTree(work.resolve("db-empty"));
                deleteTree(work.resolve("db-jena"));
                Files.deleteIfExists(work.resolve("quads-c.rt"));
                Files.deleteIfExists(work.resolve("paragraphs.bin"));
                if (settings.corpus() == null) {
                    deleteTree(work.resolve("corpus"));
                    deleteTree(work.resolve("extra"));
                }
                if (settings.work() == null) {
                    deleteTree(work);
                }
            }
        }
    }

    private void runIn(Path work) throws IOException {
        Corpus corpus = corpus(work);
        List<SourceFile> files = BulletinSources.list(corpus.base(), null);
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = settings.threads() > 0 ? settings.threads() : cores;
        Pipeline.Options options = Pipeline.Options.defaults().withThreads(threads).withSpill(work, null);
        say("bench: %,d bulletins (+%,d for the incremental step), %d threads on %d cores, heap max %s; work in %s",
                files.size(), corpus.extraCount(), threads, cores, ProcessMemory.mb(Runtime.getRuntime().maxMemory()), work);

        Path texts = work.resolve("paragraphs.bin");
        HanLpBaseline.prepare(files, texts);
        // warm HanLP's dictionaries and the JIT before anything is timed: HanLP alone, and the whole extraction,
        // on the same first bulletins, so that (a) and (b) are both measured warm
        int warmCount = Math.min(WARM_BULLETINS, files.size());
        HanLpBaseline.run(texts, threads, warmCount);
        Pipeline.extract(files.subList(0, warmCount), options, silent(), err, block -> { });
        try (Tdb2Store warm = Tdb2Store.open(work.resolve("db-warm"))) {
            // twice: the bulk loader, then write transactions
            Pipeline.build(corpus.extra(), null, warm, false, silent(), err, options);
            Pipeline.build(corpus.extra(), null, warm, false, silent(), err, options);
        }
        deleteTree(work.resolve("db-warm"));

        ProcessMemory.resetPeak();
        long cpu = cpuMillis();
        HanLpBaseline.Result a = HanLpBaseline.run(texts, threads, Integer.MAX_VALUE);
        long aCpu = cpuMillis() - cpu;
        double hanlpRate = perSecond(a.bulletins(), a.millis());
        say("(a) hanlp        %,d bulletins, %,d chars in %.1f s (cpu %.1f s): %.1f bulletins/s, %,.0f chars/s; load average %.1f",
                a.bulletins(), a.chars(), a.millis() / 1000.0, aCpu / 1000.0, hanlpRate, perSecond(a.chars(), a.millis()),
                ProcessMemory.loadAverage());

        cpu = cpuMillis();
        Pipeline.Extracted b = Pipeline.extract(corpus.base(), null, options, out, err, block -> { });
        long bCpu = cpuMillis() - cpu;
        double extractRate = perSecond(b.bulletins(), b.millis());
        say("(b) extract      %,d bulletins, %,d quads in %.1f s (cpu %.1f s): %.1f bulletins/s (%d failed, %d extracted twice for years)",
                b.bulletins(), b.quads(), b.millis() / 1000.0, bCpu / 1000.0, extractRate, b.failed(), b.extractedAgain());
        say("    %s; load average %.1f", StageCosts.measure(files, 300, work).describe(), ProcessMemory.loadAverage());
        memory("after (b)");

        Path spill = work.resolve("quads-c.rt");
        Pipeline.Report c;
        long largeBytes;
        try (Tdb2Store store = Tdb2Store.open(work.resolve("db-large"))) {
            c = Pipeline.build(corpus.base(), null, store, false, out, err, options.withSpill(work, spill));
            largeBytes = store.bytesOnDisk();
        }
        Pipeline.Steps cs = c.steps();
        long cCpu = cs.extractCpuMillis() + cs.storeCpuMillis() + cs.indexCpuMillis();
        double buildRate = perSecond(c.bulletins(), c.millis());
        double storeRate = perSecond(c.quads(), cs.storeMillis());
        say("(c) build        %,d bulletins in %.1f s (cpu %.1f s): %.1f bulletins/s; extract %.1f s (cpu %.1f s),"
                        + " store %.1f s (cpu %.1f s): %,d quads, %,.0f quads/s (%s); full-text index %.1f s (cpu %.1f s);"
                        + " database %s",
                c.bulletins(), c.millis() / 1000.0, cCpu / 1000.0, buildRate, cs.extractMillis() / 1000.0,
                cs.extractCpuMillis() / 1000.0, cs.storeMillis() / 1000.0, cs.storeCpuMillis() / 1000.0, c.quads(),
                storeRate, cs.bulkLoaded() ? "bulk loader" : "transactions", cs.indexMillis() / 1000.0,
                cs.indexCpuMillis() / 1000.0, ProcessMemory.mb(largeBytes));
        memory("after (c)");

        // (f) right after (c), so that both loads meet the same conditions on a shared machine
        long f0 = System.nanoTime();
        long cpu0 = cpuMillis();
        long jenaQuads;
        try (Tdb2Store store = Tdb2Store.open(work.resolve("db-jena"))) {
            DataLoader loader = LoaderFactory.parallelLoader(store.datasetGraph(), QUIET);
            loader.startBulk();
            loader.load(spill.toString());
            loader.finishBulk();
            jenaQuads = loader.countQuads() + loader.countTriples();
        }
        long fMillis = (System.nanoTime() - f0) / 1_000_000;
        long fCpu = cpuMillis() - cpu0;
        double jenaRate = perSecond(jenaQuads, fMillis);
        say("(f) jena-loader  %,d quads in %.1f s (cpu %.1f s): %,.0f quads/s (LoaderFactory.parallelLoader on the file of"
                + " the quads (c) stored); load average %.1f", jenaQuads, fMillis / 1000.0, fCpu / 1000.0, jenaRate,
                ProcessMemory.loadAverage());
        deleteTree(work.resolve("db-jena"));
        Files.deleteIfExists(spill);

        incremental(work, corpus, options, largeBytes);

        queriesAndPages(work.resolve("db-large"));
        say("memory: %s; load average %.1f", ProcessMemory.now().describe(), ProcessMemory.loadAverage());
        // CPU time per unit of work is steadier than wall time where other processes share the machine
        say("cpu ratios: extract/hanlp=%.2f build/hanlp=%.2f store/jena-loader=%.2f (per CPU-second of the process)",
                (aCpu / (double) a.bulletins()) / (bCpu / (double) b.bulletins()),
                (aCpu / (double) a.bulletins()) / (cCpu / (double) c.bulletins()),
                (fCpu / (double) jenaQuads) / (cs.storeCpuMillis() / (double) c.quads()));
        say("ratios: extract/hanlp=%.2f build/hanlp=%.2f store/jena-loader=%.2f", extractRate / hanlpRate,
                buildRate / hanlpRate, storeRate / jenaRate);
    }

    /**
     * Only what reads a database: the aggregate tables refreshed once (timed), then (e) the query library and
     * (g) the pages, on an existing database (built by {@code build}, or kept by an earlier {@code bench --keep}).
     */
    public void runOn(Path database) throws IOException {
        try (Tdb2Store store = Tdb2Store.openExisting(database)) {
            say("bench: the database %s (%s), %d cores, heap max %s; load average %.1f", database,
                    ProcessMemory.mb(store.bytesOnDisk()), Runtime.getRuntime().availableProcessors(),
                    ProcessMemory.mb(Runtime.getRuntime().maxMemory()), ProcessMemory.loadAverage());
            long cpu = cpuMillis();
            Aggregates.Refreshed r = Aggregates.refresh(store.datasetGraph());
            say("(h) aggregates   %,d rows, %,d triples (%,d added, %,d removed) in %.1f s (cpu %.1f s)", r.rows(),
                    r.triples(), r.added(), r.removed(), r.millis() / 1000.0, (cpuMillis() - cpu) / 1000.0);
            Aggregates.markFresh(database);
        }
        queriesAndPages(database);
        say("memory: %s; load average %.1f", ProcessMemory.now().describe(), ProcessMemory.loadAverage());
    }

    /** Stages (e) and (g) on one database, with its full-text index joined as the server has it. */
    private void queriesAndPages(Path database) throws IOException {
        Map<String, String> library = LibraryQueries.load(settings.queries());
        try (Tdb2Store store = Tdb2Store.openExisting(database)) {
            List<LibraryQueries.Timing> timings = TextIndex.withSearch(store, dsg -> LibraryQueries.run(dsg, library));
            for (LibraryQueries.Timing t : timings) {
                if (t.timedOut()) {
                    say("(e) query        %-40s timed out after %d s", t.name(), LibraryQueries.TIMEOUT_SECONDS);
                } else {
                    say("(e) query        %-40s %,8d rows, median %,6d ms (max %,d ms)", t.name(), t.rows(),
                            t.medianMillis(), t.maxMillis());
                }
            }
            // (g) the browsing pages, rendered as the server renders them
            for (org.bulletinkg.web.PageTimings.Timing t : TextIndex.withSearch(store, org.bulletinkg.web.PageTimings::run)) {
                say("(g) page         %-40s %,8d renders, median %,6d ms (max %,d ms)", t.page(), t.renders(),
                        t.medianMillis(), t.maxMillis());
            }
        }
    }

    /**
     * Stage (d): 1% more bulletins into the large database, and the same bulletins into an empty one; then a
     * compaction of the large database, forced so that its cost is on record (a build compacts only once the
     * database has outgrown its compact size by half).
     */
    private void incremental(Path work, Corpus corpus, Pipeline.Options options, long largeBytes) {
        Pipeline.Report d;
        long compactMillis;
        long compacted;
        try (Tdb2Store store = Tdb2Store.open(work.resolve("db-large"))) {
            d = Pipeline.build(corpus.extra(), null, store, false, out, err, options);
            long t0 = System.nanoTime();
            if (!d.steps().compacted()) {
                store.compact();
            }
            compactMillis = d.steps().compacted() ? d.steps().compactMillis() : (System.nanoTime() - t0) / 1_000_000;
            compacted = store.bytesOnDisk();
        }
        Pipeline.Report empty;
        try (Tdb2Store store = Tdb2Store.open(work.resolve("db-empty"))) {
            empty = Pipeline.build(corpus.extra(), null, store, false, out, err, options);
        }
        long incrementalMillis = d.millis() - d.steps().compactMillis();
        say("(d) incremental  %,d bulletins into the large database in %.1f s (extract %.1f s, store %.1f s in transactions,"
                        + " index %.1f s); into an empty database %.1f s (extract %.1f s, store %.1f s, index %.1f s); ratio %.2f",
                d.bulletins(), incrementalMillis / 1000.0, d.steps().extractMillis() / 1000.0, d.steps().storeMillis() / 1000.0,
                d.steps().indexMillis() / 1000.0, empty.millis() / 1000.0, empty.steps().extractMillis() / 1000.0,
                empty.steps().storeMillis() / 1000.0, empty.steps().indexMillis() / 1000.0,
                incrementalMillis / (double) empty.millis());
        say("    compaction %.1f s%s: database %s before the step, %s after its transactions, %s compacted",
                compactMillis / 1000.0, d.steps().compacted() ? " (the build's own: past its growth limit)" : " (forced here to time it)",
                ProcessMemory.mb(largeBytes), ProcessMemory.mb(d.steps().bytesStored()), ProcessMemory.mb(compacted));
    }

    /** The inputs of (a)-(c) and of the incremental step (d). */
    private record Corpus(List<Path> base, List<Path> extra, int extraCount) {
    }

    private Corpus corpus(Path work) {
        if (settings.corpus() != null) {
            List<SourceFile> all = BulletinSources.list(List.of(settings.corpus()), null);
            int extra = Math.max(1, all.size() / 100);
            List<Path> paths = all.stream().map(SourceFile::path).toList();
            return new Corpus(paths.subList(0, all.size() - extra), paths.subList(all.size() - extra, all.size()), extra);
        }
        int extra = Math.max(1, settings.count() / 100);
        say("generating %,d + %,d synthetic bulletins (seed %d)", settings.count(), extra, settings.seed());
        Synth.write(work.resolve("corpus"), settings.seed(), 0, settings.count());
        Synth.write(work.resolve("extra"), settings.seed(), settings.count(), settings.count() + extra);
        return new Corpus(List.of(work.resolve("corpus")), List.of(work.resolve("extra")), extra);
    }

    private void memory(String when) {
        long live = ProcessMemory.liveAfterGc();
        ProcessMemory m = ProcessMemory.now();
        say("    memory %s: live heap after GC %s; %s; load average %.1f", when, ProcessMemory.mb(live), m.describe(),
                ProcessMemory.loadAverage());
        ProcessMemory.resetPeak();
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private static PrintWriter silent() {
        return new PrintWriter(PrintWriter.nullWriter());
    }

    /** CPU time of the whole process (all threads, the collector and the compiler included). */
    private static long cpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return 0;
    }

    private static double perSecond(long n, long millis) {
        return n * 1000.0 / Math.max(1, millis);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.bulletinkg.pipeline;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.bulletinkg.BadInputException;
import org.bulletinkg.aggregate.Aggregates;
import org.bulletinkg.extract.Gazetteer;
import org.bulletinkg.extract.Lexicon;
import org.bulletinkg.extract.Readers;
import org.bulletinkg.map.DivisionGraph;
import org.bulletinkg.nlp.HanLpSegmenter;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.SourceFile;
import org.bulletinkg.store.QuadSpill;
import org.bulletinkg.store.Tdb2Store;
import org.bulletinkg.store.TextIndex;

/**
 * Wires the stages for a build, in three steps that each have the whole machine in turn:
 *
 * <ol>
 *   <li>extract: source, parse, extract (HanLP) and map on all cores ({@link ExtractionPhase}), each
 *       bulletin's quads streamed as one block into a temporary spill file; years that only sibling meetings
 *       can give are filled in at the end of the step;</li>
 *   <li>store: the spill into TDB2, with the parallel bulk loader when the database is empty, else in write
 *       transactions (each bulletin's graph replaced whole) followed by compaction;</li>
 *   <li>index: the graphs the build replaced into the full-text index ({@link TextIndex}).</li>
 * </ol>
 *
 * A bulletin that cannot be read is reported with its file and the problem and left out; nothing of it is
 * stored and nothing stored before is touched. Memory is bounded by the number of threads, not the corpus.
 */
public final class Pipeline {

    /** What a build did; times in milliseconds. */
    public record Report(int bulletins, int failed, long quads, long millis, List<String> failures, Steps steps,
                         int internalErrors, int noJurisdiction) {
        public boolean bulkLoaded() {
            return steps.bulkLoaded();
        }
    }

    /**
     * The steps of a build: extract, store, full-text index. CPU times are the whole process's (every thread, the collector and the compiler
     * included): steadier than wall-clock times where other processes share the machine.
     *
     * @param storeMillis the store step (bulk load or write transactions), compaction apart
     * @param bytesStored the database's size on disk after the store step, before any compaction
     * @param compacted   whether the database was compacted after the store step (an incremental build that
     *                    left it past its growth limit)
     * @param indexMillis the full-text index step (the graphs the build replaced, analysed and indexed)
     * @param indexCpuMillis the process's CPU time during that step
     */
    public record Steps(long extractMillis, long extractCpuMillis, long storeMillis, long storeCpuMillis,
                        boolean bulkLoaded, long bytesStored, boolean compacted, long compactMillis,
                        long indexMillis, long indexCpuMillis) {
    }

    /** What the extraction step did; see {@link #extract}. */
    public record Extracted(int bulletins, int failed, long quads, long millis, int extractedAgain) {
    }

    /**
     * How a build runs.
     *
     * @param threads       extraction threads (one HanLP segmenter each)
     * @param spillFolder   where the temporary file of quads goes (the database's folder when null: it is on a
     *                      disk with room for the database, and the file is smaller than what it fills)
     * @param keepSpillAs   where to keep that file after the build (the benchmark reloads it), or null
     * @param holdLimit     undated extractions held in memory for the year pass; more are extracted again
     * @param progressEvery how often a progress line is printed
     */
    public record Options(int threads, Path spillFolder, Path keepSpillAs, int holdLimit, Duration progressEvery,
                          List<String> readers) {
        public Options(int threads, Path spillFolder, Path keepSpillAs, int holdLimit, Duration progressEvery) {
            this(threads, spillFolder, keepSpillAs, holdLimit, progressEvery, Readers.STANDARD);
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), null, null, 1_000, Duration.ofSeconds(5));
        }

        public Options withThreads(int n) {
            return new Options(n, spillFolder, keepSpillAs, holdLimit, progressEvery, readers);
        }

        public Options withSpill(Path folder, Path keepAs) {
            return new Options(threads, folder, keepAs, holdLimit, progressEvery, readers);
        }

        public Options withHoldLimit(int n) {
            return new Options(threads, spillFolder, keepSpillAs, n, progressEvery, readers);
        }

        /** The extraction readers, by name, in order ({@link Readers}). */
        public Options withReaders(List<String> names) {
            return new Options(threads, spillFolder, keepSpillAs, holdLimit, progressEvery, List.copyOf(names));
        }
    }

    private Pipeline() {
    }

    /** Sets HanLP's process-wide dictionary from the lexicon, once; returns a segmenter as the extractor uses it. */
    public static HanLpSegmenter segmenter(Lexicon lexicon) {
        List<String> words = new ArrayList<>(lexicon.strategies().keySet());
        words.addAll(lexicon.places().keySet());
        HanLpSegmenter.configure(lexicon.leaders(), words);
        return HanLpSegmenter.create();
    }

    public static Report build(List<Path> inputs, Path manifest, Tdb2Store store, boolean strict, PrintWriter out,
                               PrintWriter err) {
        return build(inputs, manifest, store, strict, out, err, Options.defaults());
    }

    public static Report build(List<Path> inputs, Path manifest, Tdb2Store store, boolean strict, PrintWriter out,
                               PrintWriter err, Options options) {
        long t0 = System.nanoTime();
        long cpu0 = cpuMillis();
        List<SourceFile> files = sources(inputs, manifest);
        for (Path folder : BulletinSources.foldersWithoutManifest(inputs, manifest)) {
            err.println("warning: " + folder + " has no manifest.json: each bulletin's jurisdiction and date are inferred from"
                    + " its text and address (give a manifest with --manifest where they are known)");
            err.flush();
        }
        Lexicon lexicon = Lexicon.standard();
        segmenter(lexicon);
        store.checkOntologyVersion();
        if (options.spillFolder() == null) {
            QuadSpill.removeLeftovers(store.directory());
        }
        try (QuadSpill spill = QuadSpill.create(options.spillFolder() != null ? options.spillFolder() : store.directory());
             BuildProgress progress = new BuildProgress(out, options.progressEvery())) {
            Tdb2Store.ontology(spill::append);
            if (!store.holdsGraphVersion(DivisionGraph.GRAPH, DivisionGraph.version())) {
                spill.append(DivisionGraph.quads(Gazetteer.standard()));
            }
            // the graphs this build replaces, for the text index (one IRI per bulletin)
            Set<Node> replaced = ConcurrentHashMap.newKeySet();
            ExtractionPhase.Outcome extracted = new ExtractionPhase(lexicon, options.readers(), options.threads(), strict,
                    options.holdLimit(), progress, err, new StoredState(store)).run(files, block -> {
                        if (!block.isEmpty()) {
                            replaced.add(block.get(0).getGraph());
                        }
                        spill.append(block);
                    });
            long extractMillis = millisSince(t0);
            long cpu1 = cpuMillis();

            // until the aggregates are refreshed below, a stop leaves them marked out of date
            Aggregates.markStale(store.directory());
            progress.start("store", spill.quads(), "quads");
            Tdb2Store.Loaded loaded = store.load(spill, progress.done());
            long cpu2 = cpuMillis();
            progress.finish(loaded.bulk() ? "bulk loader" : !loaded.compacted() ? "write transactions"
                    : String.format(Locale.ROOT, "write transactions, then compaction in %.1f s", loaded.compactMillis() / 1000.0));
            // Keep the full-text index (DB_DIR/text) in step: re-index the graphs this build replaced.
            long t3 = System.nanoTime();
            TextIndex.Indexed indexed = TextIndex.update(store, replaced, new TextIndex.Listener() {
                @Override
                public void planned(long graphs) {
                    progress.start("index", graphs, "graphs");
                }

                @Override
                public void indexed(long graphs) {
                    progress.done().addAndGet(graphs);
                }
            });
            progress.finish(String.format(Locale.ROOT, "%,d entries", indexed.entries()));
            long indexMillis = millisSince(t3);
            long cpu3 = cpuMillis();

            out.println("aggregates: refreshing the tables of whole-graph questions from every stored bulletin");
            out.flush();
            Aggregates.Refreshed tables = Aggregates.refresh(store.datasetGraph());
            Aggregates.markFresh(store.directory());
            out.printf(Locale.ROOT, "aggregates: %,d rows, %,d triples (%,d added, %,d removed) in %.1f s%n", tables.rows(),
                    tables.triples(), tables.added(), tables.removed(), tables.millis() / 1000.0);
            out.flush();

            if (options.keepSpillAs() != null) {
                spill.keepAs(options.keepSpillAs());
            }
            return new Report(extracted.bulletins(), extracted.failed(), loaded.quads(), millisSince(t0),
                    extracted.failures(), new Steps(extractMillis, cpu1 - cpu0, loaded.loadMillis(), cpu2 - cpu1,
                    loaded.bulk(), loaded.bytesAfterLoad(), loaded.compacted(), loaded.compactMillis(),
                    indexMillis, cpu3 - cpu2), extracted.internalErrors(), extracted.noJurisdiction());
        }
    }

    /**
     * The extraction step alone, every bulletin's quads handed to {@code sink} (one block per bulletin, from
     * several threads) instead of a spill; the benchmark counts them.
     */
    public static Extracted extract(List<Path> inputs, Path manifest, Options options, PrintWriter out, PrintWriter err,
                                    Consumer<List<Quad>> sink) {
        return extract(sources(inputs, manifest), options, out, err, sink);
    }

    /** The whole extraction of listed bulletin files (with their manifest's metadata) to a sink of quads. */
    public static Extracted extract(List<SourceFile> files, Options options, PrintWriter out, PrintWriter err,
                                    Consumer<List<Quad>> sink) {
        long t0 = System.nanoTime();
        Lexicon lexicon = Lexicon.standard();
        segmenter(lexicon);
        AtomicLong quads = new AtomicLong();
        try (BuildProgress progress = new BuildProgress(out, options.progressEvery())) {
            ExtractionPhase.Outcome o = new ExtractionPhase(lexicon, options.readers(), options.threads(), false, options.holdLimit(),
                    progress, err).run(files, block -> {
                        quads.addAndGet(block.size());
                        sink.accept(block);
                    });
            return new Extracted(o.bulletins(), o.failed(), quads.get(), millisSince(t0), o.extractedAgain());
        }
    }

    private static List<SourceFile> sources(List<Path> inputs, Path manifest) {
        List<SourceFile> files = BulletinSources.list(inputs, manifest);
        if (files.isEmpty()) {
            throw new BadInputException(inputs.isEmpty() && manifest != null ? manifest.toString() : String.valueOf(inputs),
                    "no bulletin files found (looked for .txt, .html and .htm)");
        }
        return files;
    }

    private static long cpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return 0;
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}

package org.bulletinkg.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.bulletinkg.BadInputException;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.extract.BulletinExtractor;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.Lexicon;
import org.bulletinkg.map.GraphMapper;
import org.bulletinkg.nlp.HanLpSegmenter;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.resolve.SiblingYears;
import org.bulletinkg.resolve.Iris;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.RawBulletin;
import org.bulletinkg.source.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, parses, extracts and maps every bulletin on all cores, handing each bulletin's quads to a sink as
 * one block; a bulletin that fails is reported and hands over nothing.
 *
 * <p>Memory stays bounded whatever the corpus size: a worker holds one bulletin at a time, and the only
 * corpus-wide state is the small index of dated meetings ({@link SiblingYears}). A bulletin whose meetings
 * need a year from their siblings cannot be mapped before every bulletin has been read; up to
 * {@code holdLimit} such extractions wait in memory, and any beyond that are read and extracted again at the
 * end (extraction is deterministic), so a corpus of undated bulletins costs time, not memory.
 */
final class ExtractionPhase {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionPhase.class);

    /** What the phase did. */
    /**
     * What the step did.
     *
     * @param internalErrors bulletins left out because a rule failed on them (a defect of bulletin-kg, logged
     *                       with its stack trace), not because the file is bad
     * @param noJurisdiction bulletins whose jurisdiction neither the manifest nor the text gives
     */
    record Outcome(int bulletins, int failed, int extractedAgain, List<String> failures, int internalErrors,
                   int noJurisdiction) {
    }

    private final Lexicon lexicon;
    private final List<String> readers;
    private final int threads;
    private final boolean strict;
    private final int holdLimit;
    private final BuildProgress progress;
    private final PrintWriter err;
    private final Failures failures = new Failures();
    private final SiblingYears years = new SiblingYears();
    private final AtomicInteger emitted = new AtomicInteger();
    private final AtomicInteger internalErrors = new AtomicInteger();
    private final AtomicInteger noJurisdiction = new AtomicInteger();

    /** The database the build adds to, or null for an extraction alone. */
    private final StoredState stored;
    /** The graphs of the bulletins this build extracts. */
    private final Set<String> batchGraphs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger remapped = new AtomicInteger();

    ExtractionPhase(Lexicon lexicon, List<String> readers, int threads, boolean strict, int holdLimit,
                    BuildProgress progress, PrintWriter err) {
        this(lexicon, readers, threads, strict, holdLimit, progress, err, null);
    }

    ExtractionPhase(Lexicon lexicon, List<String> readers, int threads, boolean strict, int holdLimit,
                    BuildProgress progress, PrintWriter err, StoredState stored) {
        this.stored = stored;
        this.lexicon = lexicon;
        this.readers = List.copyOf(readers);
        // the readers' order is checked once, before any text runs: a wrong --readers fails here, not per bulletin
        new BulletinExtractor(HanLpSegmenter.create(), lexicon, this.readers);
        this.threads = Math.max(1, threads);
        this.strict = strict;
        this.holdLimit = holdLimit;
        this.progress = progress;
        this.err = err;
    }

    Outcome run(List<SourceFile> files, Consumer<List<Quad>> sink) {
        String[] duplicates = duplicates(files);
        List<Held> held = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        progress.start("extract", files.size(), "bulletins");
        inParallel(files.size(), (worker, i) -> {
            SourceFile f = files.get(i);
            try {
                if (duplicates[i] != null) {
                    throw new BadInputException(f.path(), duplicates[i]);
                }
                Extraction x = worker.extract(f);
                if (x.jurisdiction() == null) {
                    noJurisdiction.incrementAndGet();
                }
                years.learn(x);
                batchGraphs.add(Iris.graph(x.bulletin().name()));
                if (!SiblingYears.needsYear(x)) {
                    if (stored != null) {
                        stored.pending().remove(x.bulletin().name());
                    }
                    emit(sink, worker.map(x));
                } else {
                    if (stored != null) {
                        stored.pending().save(x); // before its graph commits: a killed build loses none
                    }
                    synchronized (held) {
                        if (held.size() < holdLimit) {
                            held.add(new Held(i, x));
                        } else {
                            dropped.add(i);
                        }
                    }
                }
            } catch (BulletinKgException e) {
                fail(e);
            } catch (RuntimeException e) {
                internalError(f, e);
            }
            progress.done().incrementAndGet();
        });
        progress.finish(progress.failures() + " failed");
        Set<SiblingYears.Series> touched = new HashSet<>(years.learnt());
        if (stored != null) {
            touched.addAll(stored.learn(years, batchGraphs));
        }
        if (!held.isEmpty() || !dropped.isEmpty()) {
            resolveYears(files, held, dropped, sink);
        }
        if (stored != null && !touched.isEmpty()) {
            remapWaiting(touched, sink);
        }
        return new Outcome(emitted.get(), failures.count(), dropped.size(), failures.kept(), internalErrors.get(),
                noJurisdiction.get());
    }

    /** The second pass: meetings that take their year from siblings, now that all dated meetings are known. */
    private void resolveYears(List<SourceFile> files, List<Held> held, List<Integer> dropped, Consumer<List<Quad>> sink) {
        progress.start("years", held.size() + dropped.size(), "bulletins");
        inParallel(held.size(), (worker, i) -> {
            emit(sink, worker.map(years.resolve(held.get(i).extraction())));
            held.set(i, null);
            progress.done().incrementAndGet();
        });
        inParallel(dropped.size(), (worker, i) -> {
            SourceFile f = files.get(dropped.get(i));
            try {
                emit(sink, worker.map(years.resolve(worker.extract(f))));
            } catch (BulletinKgException e) {
                fail(e);
            } catch (RuntimeException e) {
                internalError(f, e);
            }
            progress.done().incrementAndGet();
        });
        progress.finish(dropped.size() + " read and extracted again");
    }

    /**
     * Bulletins stored by earlier builds whose meetings wait for a year in a series this build dates: mapped again
     * from their kept extractions with what is known now, so that building in batches ends as building at once.
     */
    private void remapWaiting(Set<SiblingYears.Series> touched, Consumer<List<Quad>> sink) {
        List<Path> kept = stored.pending().files();
        if (kept.isEmpty()) {
            return;
        }
        Set<String> inDatabase = stored.bulletinGraphs();
        progress.start("siblings", kept.size(), "kept bulletins");
        inParallel(kept.size(), (worker, i) -> {
            Extraction x = PendingExtractions.load(kept.get(i));
            String graph = Iris.graph(x.bulletin().name());
            if (!batchGraphs.contains(graph)) {
                if (!inDatabase.contains(graph)) {
                    stored.pending().remove(x.bulletin().name()); // its build never committed: nothing to update
                } else if (!java.util.Collections.disjoint(SiblingYears.waitingSeries(x), touched)) {
                    sink.accept(worker.map(years.resolve(x)));
                    remapped.incrementAndGet();
                }
            }
            progress.done().incrementAndGet();
        });
        progress.finish(remapped.get() + " stored bulletins mapped again with their siblings' years");
    }

    private void emit(Consumer<List<Quad>> sink, List<Quad> quads) {
        sink.accept(quads);
        emitted.incrementAndGet();
    }

    /**
     * A rule that throws on a bulletin is a defect of the program, not of the file: logged with its stack trace,
     * counted apart, the bulletin left out (and the build stopped, when strict).
     */
    private void internalError(SourceFile f, RuntimeException e) {
        LOG.error("internal error while extracting {} (a defect of bulletin-kg, not of the file; please report it)",
                f.path(), e);
        internalErrors.incrementAndGet();
        if (strict) {
            throw new org.bulletinkg.BulletinKgException("internal error while extracting " + f.path() + ": " + e, e);
        }
    }

    /** Reports a bad bulletin and goes on (or stops, when strict); any other failure stops the build. */
    private void fail(BulletinKgException e) {
        if (!(e instanceof BadInputException) || strict) {
            throw e;
        }
        failures.add(e.getMessage());
        progress.failure();
        err.println("error: " + e.getMessage());
        err.flush();
    }

    /** For each file, the problem if another file of the same bulletin name comes before it. */
    private static String[] duplicates(List<SourceFile> files) {
        String[] out = new String[files.size()];
        Map<String, Path> seen = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path path = files.get(i).path();
            String name = RawBulletin.nameOf(path);
            Path earlier = seen.putIfAbsent(name, path);
            if (earlier != null) {
                out[i] = "another bulletin named '" + name + "' was already read from " + earlier
                        + "; bulletin names must be unique";
            }
        }
        return out;
    }

    private interface Task {
        void run(Worker worker, int index);
    }

    /** Runs a task for indexes 0..n-1 on the phase's threads, each thread with its own worker. */
    private void inParallel(int n, Task task) {
        if (n == 0) {
            return;
        }
        int count = Math.min(threads, n);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> stop = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "bulletin-kg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                running.add(pool.submit(() -> {
                    Worker worker = new Worker();
                    int i;
                    while (stop.get() == null && (i = next.getAndIncrement()) < n) {
                        try {
                            task.run(worker, i);
                        } catch (Throwable e) {
                            stop.compareAndSet(null, e);
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            stop.compareAndSet(null, e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Throwable e = stop.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error r) {
            throw r;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }

    /** One thread's stages: HanLP's segmenter is not thread-safe, so each worker has its own extractor. */
    private final class Worker {
        private final BulletinParser parser = new BulletinParser();
        private final BulletinExtractor extractor = new BulletinExtractor(HanLpSegmenter.create(), lexicon, readers);
        private final GraphMapper mapper = new GraphMapper(lexicon);

        Extraction extract(SourceFile f) {
            RawBulletin raw = BulletinSources.read(f);
            return extractor.extract(parser.parse(raw));
        }

        List<Quad> map(Extraction x) {
            List<Quad> quads = new ArrayList<>(1024);
            mapper.map(x, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads.add(q);
                }
            });
            return quads;
        }
    }

    private record Held(int index, Extraction extraction) {
    }

    /** Failure messages: every one counted, the first {@value #KEPT} kept for the report. */
    private static final class Failures {
        private static final int KEPT = 1_000;
        private final List<String> kept = new ArrayList<>();
        private int count;

        synchronized void add(String message) {
            count++;
            if (kept.size() < KEPT) {
                kept.add(message);
            }
        }

        synchronized int count() {
            return count;
        }

        synchronized List<String> kept() {
            return List.copyOf(kept);
        }
    }
}

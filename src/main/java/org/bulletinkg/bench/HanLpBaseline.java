package org.bulletinkg.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.pipeline.Pipeline;
import org.bulletinkg.extract.Lexicon;
import org.bulletinkg.nlp.HanLpSegmenter;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.parse.Span;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.SourceFile;

/**
 * Stage (a): HanLP alone, the cost floor. The bulletins' paragraphs (what the extractor hands HanLP, one call
 * per paragraph) are first written to a file, untimed; then the timed run segments them on all threads, each
 * with its own segmenter configured as the extractor's (the same custom dictionary, person and place
 * recognition), reading the file as it goes so that the corpus is never held in memory.
 */
final class HanLpBaseline {
    record Result(int bulletins, long chars, long millis) {
    }

    private HanLpBaseline() {
    }

    /** Parses every bulletin and writes its paragraphs to {@code texts}; returns the number written. */
    static int prepare(List<SourceFile> files, Path texts) throws IOException {
        BulletinParser parser = new BulletinParser();
        int n = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(texts), 1 << 20))) {
            for (SourceFile f : files) {
                Bulletin b;
                try {
                    b = parser.parse(BulletinSources.read(f));
                } catch (BulletinKgException e) {
                    continue;
                }
                out.writeInt(b.paragraphs().size());
                for (Span p : b.paragraphs()) {
                    byte[] utf8 = b.textOf(p).getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
                n++;
            }
        }
        return n;
    }

    /** Segments every paragraph of the prepared file on {@code threads} threads; {@code limit} bulletins at most. */
    static Result run(Path texts, int threads, int limit) throws IOException {
        Pipeline.segmenter(Lexicon.standard());
        AtomicLong chars = new AtomicLong();
        int[] done = new int[1];
        long t0 = System.nanoTime();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(texts), 1 << 20))) {
            List<Thread> workers = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(() -> {
                    HanLpSegmenter segmenter = HanLpSegmenter.create();
                    List<String> paragraphs;
                    while ((paragraphs = next(in, done, limit)) != null) {
                        for (String p : paragraphs) {
                            segmenter.segment(p);
                            chars.addAndGet(p.length());
                        }
                    }
                }, "bench-hanlp-" + t);
                w.setUncaughtExceptionHandler((th, e) -> {
                    synchronized (failures) {
                        failures.add(e);
                    }
                });
                workers.add(w);
                w.start();
            }
            for (Thread w : workers) {
                w.join();
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("HanLP baseline failed", failures.get(0));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Result(done[0], chars.get(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The next bulletin's paragraphs, or null at the end (or past {@code limit}). */
    private static List<String> next(DataInputStream in, int[] done, int limit) {
        synchronized (in) {
            if (done[0] >= limit) {
                return null;
            }
            try {
                int n = in.readInt();
                List<String> paragraphs = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    byte[] utf8 = new byte[in.readInt()];
                    in.readFully(utf8);
                    paragraphs.add(new String(utf8, StandardCharsets.UTF_8));
                }
                done[0]++;
                return paragraphs;
            } catch (EOFException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.bulletinkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.pipeline.Pipeline;
import org.bulletinkg.extract.BulletinExtractor;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.Lexicon;
import org.bulletinkg.map.GraphMapper;
import org.bulletinkg.nlp.HanLpSegmenter;
import org.bulletinkg.nlp.Segmenter;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.SourceFile;
import org.bulletinkg.store.QuadSpill;

/**
 * Where a bulletin's extraction time goes, on one thread, warm: reading and parsing, HanLP (timed inside the
 * extractor through its {@link Segmenter}), the extractor's own rules, mapping to quads, and writing them to
 * the spill. Says what bounds the extraction stage when it falls short of HanLP's speed.
 */
final class StageCosts {
    record Costs(int bulletins, double parse, double hanlp, double rules, double map, double spill, double quads) {
        String describe() {
            double total = parse + hanlp + rules + map + spill;
            return String.format(Locale.ROOT, "per bulletin on one thread (%d bulletins, warm): read+parse %.2f ms,"
                            + " HanLP %.2f ms, extraction rules %.2f ms, mapping %.2f ms (%.0f quads), spill %.2f ms;"
                            + " HanLP is %.0f%% of %.2f ms",
                    bulletins, parse, hanlp, rules, map, quads, spill, 100 * hanlp / total, total);
        }
    }

    private StageCosts() {
    }

    static Costs measure(List<SourceFile> files, int sample, Path spillFolder) {
        Lexicon lexicon = Lexicon.standard();
        HanLpSegmenter hanlp = Pipeline.segmenter(lexicon);
        long[] inHanlp = new long[1];
        Segmenter timed = text -> {
            long t = System.nanoTime();
            try {
                return hanlp.segment(text);
            } finally {
                inHanlp[0] += System.nanoTime() - t;
            }
        };
        BulletinExtractor extractor = new BulletinExtractor(timed, lexicon);
        BulletinParser parser = new BulletinParser();
        GraphMapper mapper = new GraphMapper(lexicon);
        List<SourceFile> some = files.subList(0, Math.min(sample, files.size()));
        long[] totals = new long[5];
        long quads = 0;
        int n = 0;
        try (QuadSpill spill = QuadSpill.create(spillFolder)) {
            for (int round = 0; round < 2; round++) {
                // the first round warms the JIT; the second is timed
                java.util.Arrays.fill(totals, 0);
                quads = 0;
                n = 0;
                for (SourceFile f : some) {
                    long t0 = System.nanoTime();
                    Bulletin b;
                    try {
                        b = parser.parse(BulletinSources.read(f));
                    } catch (BulletinKgException e) {
                        continue;
                    }
                    long t1 = System.nanoTime();
                    inHanlp[0] = 0;
                    Extraction x = extractor.extract(b);
                    long t2 = System.nanoTime();
                    List<Quad> block = new ArrayList<>(1024);
                    mapper.map(x, new StreamRDFBase() {
                        @Override
                        public void quad(Quad q) {
                            block.add(q);
                        }
                    });
                    long t3 = System.nanoTime();
                    spill.append(block);
                    long t4 = System.nanoTime();
                    totals[0] += t1 - t0;
                    totals[1] += inHanlp[0];
                    totals[2] += t2 - t1 - inHanlp[0];
                    totals[3] += t3 - t2;
                    totals[4] += t4 - t3;
                    quads += block.size();
                    n++;
                }
            }
        }
        double per = Math.max(1, n) * 1e6;
        return new Costs(n, totals[0] / per, totals[1] / per, totals[2] / per, totals[3] / per, totals[4] / per,
                quads / (double) Math.max(1, n));
    }
}

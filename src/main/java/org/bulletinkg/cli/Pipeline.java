package org.bulletinkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.bulletinkg.BadInputException;
import org.bulletinkg.extract.BulletinExtractor;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.Lexicon;
import org.bulletinkg.map.GraphMapper;
import org.bulletinkg.nlp.HanLpSegmenter;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.resolve.YearResolver;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.RawBulletin;
import org.bulletinkg.source.SourceFile;
import org.bulletinkg.store.Tdb2Store;
import org.bulletinkg.store.TextIndex;

/**
 * Wires the stages for a build: source, parse, extract (with HanLP), resolve, map and store. A bulletin that
 * cannot be read is reported with its file and the problem and left out; nothing of it is stored and nothing
 * stored before is touched.
 */
public final class Pipeline {
    /** Bulletins written per write transaction. */
    private static final int BATCH = 200;

    /** What a build did. */
    public record Report(int bulletins, int failed, long quads, long millis, List<String> failures) {
    }

    private Pipeline() {
    }

    /** Sets HanLP's process-wide dictionary from the lexicon, once. */
    static HanLpSegmenter segmenter(Lexicon lexicon) {
        List<String> words = new ArrayList<>(lexicon.strategies().keySet());
        words.addAll(lexicon.places().keySet());
        HanLpSegmenter.configure(lexicon.leaders(), words);
        return HanLpSegmenter.create();
    }

    public static Report build(List<Path> inputs, Path manifest, Tdb2Store store, boolean strict, PrintWriter out,
                               PrintWriter err) {
        long t0 = System.nanoTime();
        List<SourceFile> files = BulletinSources.list(inputs, manifest);
        if (files.isEmpty()) {
            throw new BadInputException(inputs.isEmpty() && manifest != null ? manifest.toString() : String.valueOf(inputs),
                    "no bulletin files found (looked for .txt, .html and .htm)");
        }
        Lexicon lexicon = Lexicon.standard();
        BulletinParser parser = new BulletinParser();
        BulletinExtractor extractor = new BulletinExtractor(segmenter(lexicon), lexicon);
        List<Extraction> extractions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        int done = 0;
        for (SourceFile f : files) {
            try {
                RawBulletin raw = BulletinSources.read(f);
                Path earlier = seen.putIfAbsent(raw.name(), f.path());
                if (earlier != null) {
                    throw new BadInputException(f.path(), "another bulletin named '" + raw.name()
                            + "' was already read from " + earlier + "; bulletin names must be unique");
                }
                Bulletin b = parser.parse(raw);
                extractions.add(extractor.extract(b));
            } catch (BadInputException e) {
                if (strict) {
                    throw e;
                }
                failures.add(e.getMessage());
                err.println("error: " + e.getMessage());
                err.flush();
            }
            done++;
            if (done % 100 == 0 || done == files.size()) {
                out.printf("extracted %d/%d bulletins (%d failed)%n", done, files.size(), failures.size());
                out.flush();
            }
        }
        extractions = YearResolver.resolve(extractions);
        GraphMapper mapper = new GraphMapper(lexicon);
        long quads = store.loadOntology();
        for (int i = 0; i < extractions.size(); i += BATCH) {
            List<Extraction> batch = extractions.subList(i, Math.min(extractions.size(), i + BATCH));
            List<Node> graphs = batch.stream().map(x -> GraphMapper.graphOf(x.bulletin().name())).toList();
            quads += store.replaceGraphs(graphs, sink -> batch.forEach(x -> mapper.map(x, sink)));
        }
        // Keep the full-text index (DB_DIR/text) in step: re-index the graphs this build replaced.
        TextIndex.update(store, extractions.stream().map(x -> GraphMapper.graphOf(x.bulletin().name())).toList());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Report(extractions.size(), failures.size(), quads, millis, List.copyOf(failures));
    }
}

package org.bulletinkg.extract;

import java.util.List;
import org.bulletinkg.nlp.Segmenter;
import org.bulletinkg.parse.Bulletin;

/**
 * Extracts the facts of one bulletin: meeting frames (body, kind, number, term, date and its source, chair,
 * attendees, presenters, documents, conveyed instructions), people and their posts, organisations, places,
 * strategies and reporters, by an {@link ExtractionPipeline} of readers ({@link Readers#STANDARD} unless
 * others are chosen). Requires a parsed {@link Bulletin} and a {@link Segmenter}; provides an {@link Extraction}.
 * Not thread-safe (the segmenter is not): use one per thread.
 */
public final class BulletinExtractor {
    /** Names this extractor in the provenance of what it produces. */
    public static final String VERSION = "rules-0.2";

    private final ExtractionPipeline pipeline;

    public BulletinExtractor(Segmenter segmenter, Lexicon lexicon) {
        this(segmenter, lexicon, Readers.STANDARD);
    }

    /** An extractor of the named readers, in this order (see {@link Readers}). */
    public BulletinExtractor(Segmenter segmenter, Lexicon lexicon, List<String> readers) {
        this.pipeline = ExtractionPipeline.of(Readers.choose(readers, segmenter, lexicon));
    }

    public Extraction extract(Bulletin b) {
        return pipeline.run(b);
    }
}

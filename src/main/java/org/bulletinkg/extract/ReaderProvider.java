package org.bulletinkg.extract;

import org.bulletinkg.nlp.Segmenter;

/**
 * A reader from outside the program (a statistical recogniser, say): a jar on the class path that lists its
 * provider in {@code META-INF/services/org.bulletinkg.extract.ReaderProvider} adds a reader that
 * {@code build --readers} can name, beside the rule readers of {@link Readers}.
 */
public interface ReaderProvider {
    /** The name {@code --readers} knows it by. */
    String name();

    /** A reader for one extraction thread (the segmenter is that thread's). */
    Reader create(Segmenter segmenter, Lexicon lexicon);
}

package org.bulletinkg.extract;

import java.util.Set;

/**
 * One step of extraction: reads a bulletin with what earlier readers found and adds what it finds. Each says
 * what it requires and provides, and {@link ExtractionPipeline} checks the order before any text runs (the
 * model is Stanford CoreNLP's annotators), so that a statistical recogniser can replace or join a rule reader.
 */
public interface Reader {
    /** The reader's name, as {@code --readers} names it. */
    String name();

    Set<Slot<?>> requires();

    Set<Slot<?>> provides();

    Annotations read(Annotations in);
}

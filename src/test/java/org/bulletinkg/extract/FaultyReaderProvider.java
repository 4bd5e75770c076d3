package org.bulletinkg.extract;

import java.util.Set;
import org.bulletinkg.nlp.Segmenter;

/**
 * A reader with a defect, for tests: it throws on every bulletin whose text holds 故障 (a rule that breaks),
 * and otherwise adds nothing. Known to {@code --readers} as {@code faulty}.
 */
public final class FaultyReaderProvider implements ReaderProvider {
    @Override
    public String name() {
        return "faulty";
    }

    @Override
    public Reader create(Segmenter segmenter, Lexicon lexicon) {
        return new Reader() {
            @Override
            public String name() {
                return "faulty";
            }

            @Override
            public Set<Slot<?>> requires() {
                return Set.of();
            }

            @Override
            public Set<Slot<?>> provides() {
                return Set.of();
            }

            @Override
            public Annotations read(Annotations in) {
                if (in.bulletin().text().contains("故障")) {
                    throw new IllegalStateException("a rule broke on this text");
                }
                return in;
            }
        };
    }
}

package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.parse.Bulletin;

/**
 * Readers run in order over a bulletin, each adding its annotations. Built once: the order is checked before any
 * text runs (a reader whose requirement no earlier reader provides, or a slot two readers provide, is refused
 * with both named), and every slot an {@link Extraction} is made of must be provided.
 */
public final class ExtractionPipeline {
    /** The slots an extraction is assembled from. */
    static final List<Slot<?>> OUTPUT = List.of(Slots.MEETINGS, Slots.PEOPLE, Slots.ORGANIZATIONS, Slots.PLACES,
            Slots.STRATEGIES, Slots.CREDITS);

    private final List<Reader> readers;

    private ExtractionPipeline(List<Reader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** A pipeline of these readers, in this order; refused when the order does not hold together. */
    public static ExtractionPipeline of(List<Reader> readers) {
        Set<Slot<?>> provided = new HashSet<>();
        for (Reader r : readers) {
            for (Slot<?> s : r.requires()) {
                if (!provided.contains(s)) {
                    throw new BulletinKgException("extraction reader " + r.name() + " requires " + s.name()
                            + ", which no reader before it provides");
                }
            }
            for (Slot<?> s : r.provides()) {
                if (!provided.add(s)) {
                    throw new BulletinKgException("extraction reader " + r.name() + " provides " + s.name()
                            + ", which a reader before it provides already");
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Slot<?> s : OUTPUT) {
            if (!provided.contains(s)) {
                missing.add(s.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new BulletinKgException("the extraction readers provide no " + String.join(", ", missing));
        }
        return new ExtractionPipeline(readers);
    }

    public List<String> readerNames() {
        return readers.stream().map(Reader::name).toList();
    }

    public Extraction run(Bulletin b) {
        Annotations a = Annotations.of(b);
        for (Reader r : readers) {
            a = r.read(a);
        }
        List<PersonFact> reporters = a.get(Slots.CREDITS).stream()
                .filter(p -> !p.evidence().rule().equals(ReporterReader.EDITOR_RULE)).toList();
        return new Extraction(b, a.get(Slots.MEETINGS), a.get(Slots.PEOPLE), a.get(Slots.ORGANIZATIONS),
                a.get(Slots.PLACES), a.get(Slots.STRATEGIES), reporters,
                a.has(Slots.JURISDICTION) ? a.get(Slots.JURISDICTION) : null);
    }
}

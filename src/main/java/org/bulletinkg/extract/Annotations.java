package org.bulletinkg.extract;

import java.util.HashMap;
import java.util.Map;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.parse.Bulletin;

/**
 * A bulletin and what the readers have found in it so far. Immutable: a reader returns a new one with its
 * slots added ({@link #with}).
 */
public final class Annotations {
    private final Bulletin bulletin;
    private final Map<Slot<?>, Object> values;

    private Annotations(Bulletin bulletin, Map<Slot<?>, Object> values) {
        this.bulletin = bulletin;
        this.values = values;
    }

    static Annotations of(Bulletin b) {
        return new Annotations(b, Map.of());
    }

    public Bulletin bulletin() {
        return bulletin;
    }

    /** The slot's value; asking for a slot no reader before has filled is a defect of the pipeline. */
    @SuppressWarnings("unchecked")
    public <T> T get(Slot<T> slot) {
        if (!values.containsKey(slot)) {
            throw new BulletinKgException("no reader before this one provides " + slot.name());
        }
        return (T) values.get(slot);
    }

    public boolean has(Slot<?> slot) {
        return values.containsKey(slot);
    }

    /** These annotations and one more. */
    public <T> Annotations with(Slot<T> slot, T value) {
        Map<Slot<?>, Object> copy = new HashMap<>(values);
        copy.put(slot, value);
        return new Annotations(bulletin, java.util.Collections.unmodifiableMap(copy));
    }
}

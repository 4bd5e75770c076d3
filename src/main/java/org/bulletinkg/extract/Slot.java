package org.bulletinkg.extract;

/**
 * What a reader provides and another requires: a typed name for one kind of annotation of a bulletin
 * ({@link Slots} lists them).
 *
 * @param <T> the annotation's type (an immutable record or list)
 */
public final class Slot<T> {
    private final String name;

    Slot(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}

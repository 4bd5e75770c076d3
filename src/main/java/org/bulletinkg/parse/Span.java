package org.bulletinkg.parse;

/**
 * A stretch of a bulletin's text: [start, end) character offsets into {@link Bulletin#text()}.
 *
 * @param index     position among its siblings (0-based)
 * @param start     first character
 * @param end       one past the last character
 * @param paragraph for a sentence, the index of its paragraph; for a paragraph, its own index
 */
public record Span(int index, int start, int end, int paragraph) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}

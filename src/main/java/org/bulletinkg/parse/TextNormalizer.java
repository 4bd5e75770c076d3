package org.bulletinkg.parse;

/**
 * Cleans one paragraph (or title) of text: every run of white space, including no-break spaces (&amp;nbsp;),
 * ideographic spaces (U+3000), tabs and line breaks, becomes one ASCII space; white space at either end is
 * dropped; control characters and invisible format characters (zero-width spaces, stray byte order marks,
 * soft hyphens) are removed. The result never holds a line break.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** The cleaned text; empty when nothing visible is left. */
    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (isNormal(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
            } else if (!isInvisible(cp)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #normalize} would give the text back as it is: visible characters with single ASCII
     * spaces between them. A line is often normalised twice (as a line of the page, then as a paragraph) and
     * most lines are clean already; they are then neither copied nor rebuilt.
     */
    private static boolean isNormal(String s) {
        boolean afterSpace = true; // a space at the start is not normal
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (isPlainVisible(cp) || !(isSpace(cp) || isInvisible(cp))) {
                afterSpace = false;
            } else {
                return false;
            }
        }
        return !afterSpace;
    }

    /**
     * Printable ASCII and U+3001..U+D7FF (CJK punctuation, kana, Han, Hangul): none is a space or invisible,
     * so the character look-ups are skipped for the characters bulletins are made of.
     */
    static boolean isPlainVisible(int cp) {
        return (cp > 0x20 && cp < 0x7F) || (cp > 0x3000 && cp < 0xD800);
    }

    /** White space of any width, breaking or not. */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x00A0 || cp == 0x3000;
    }

    /** Characters that carry no visible text: controls and zero-width format characters. */
    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }
}

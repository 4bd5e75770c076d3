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

package org.bulletinkg.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph into sentences after 。！？；!? .
 *
 * <p>A terminator inside quotation marks or brackets (“…”, ‘…’, 「…」, 『…』, （…）, (…), 【…】, 《…》) does not end a
 * sentence unless the marks close right after it: in {@code 他说：“要抓落实。”会议指出} the sentence ends after
 * {@code 。”}. Closing marks and further terminators right after a terminator stay with its sentence. When
 * the marks in a paragraph do not balance, nesting is ignored rather than letting one stray mark swallow the
 * rest of the paragraph. White space at either end of a sentence is left out of it.
 */
public final class SentenceSplitter {
    static final String TERMINATORS = "。！？；!?";
    static final String OPENERS = "“‘「『（(【《";
    static final String CLOSERS = "”’」』）)】》";

    /**
     * A sentence's place in its paragraph.
     *
     * @param start first character
     * @param end   one past the last character
     */
    public record Piece(int start, int end) {
        public String of(String paragraph) {
            return paragraph.substring(start, end);
        }
    }

    private SentenceSplitter() {
    }

    /** The sentences of a paragraph, in order; none for a blank paragraph. */
    public static List<Piece> split(String paragraph) {
        List<Piece> pieces = cut(paragraph, true);
        return pieces != null ? pieces : cut(paragraph, false);
    }

    /** The pieces, or null when nesting is respected and the marks do not balance. */
    private static List<Piece> cut(String p, boolean respectNesting) {
        List<Piece> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        int n = p.length();
        while (i < n) {
            char c = p.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
                i++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < n) {
                    char next = p.charAt(j);
                    if (TERMINATORS.indexOf(next) >= 0) {
                        j++;
                    } else if (CLOSERS.indexOf(next) >= 0) {
                        depth = Math.max(0, depth - 1);
                        j++;
                    } else {
                        break;
                    }
                }
                if (!respectNesting || depth == 0) {
                    add(out, p, start, j);
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (respectNesting && depth > 0) {
            return null;
        }
        add(out, p, start, n);
        return out;
    }

    private static void add(List<Piece> out, String p, int start, int end) {
        while (start < end && TextNormalizer.isSpace(p.charAt(start))) {
            start++;
        }
        while (end > start && TextNormalizer.isSpace(p.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Piece(start, end));
        }
    }
}

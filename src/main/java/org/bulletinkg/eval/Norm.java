package org.bulletinkg.eval;

import java.text.Normalizer;

/**
 * score.py's norm(): NFKC, strip Python whitespace from both ends, then drop quotation marks, book-title
 * marks and spaces anywhere. The comparison key for every name, title and label.
 */
final class Norm {
    private static final String[] REMOVED = {"\u201C", "\u201D", "\"", "\u300A", "\u300B", " ", "\u3000"};

    private Norm() {
    }

    /** norm(v) for any JSON value: null stays null; other values go through Python's str() first. */
    static String norm(Object v) {
        if (v == null) {
            return null;
        }
        String s = strip(Normalizer.normalize(PyRepr.str(v), Normalizer.Form.NFKC));
        for (String r : REMOVED) {
            s = s.replace(r, "");
        }
        return s;
    }

    /** Python's str.strip() with no argument. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's str.isspace() for one character (all such characters are in the BMP). */
    static boolean isPythonSpace(char c) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }
}

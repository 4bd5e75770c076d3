package org.bulletinkg.extract;

import java.util.BitSet;

/** Character classes of the genre. */
final class Chars {
    /**
     * The Han characters of the Basic Multilingual Plane, looked up once: the rules ask about every character
     * of every bulletin, and {@link Character.UnicodeScript#of} is a binary search over the script table.
     */
    private static final BitSet HAN = new BitSet(Character.MAX_VALUE + 1);
    private static final String BREAKS = "、，。；：！？,.;:!?（）()《》“”\"'‘’【】[]■/ \u3000\n\t·—-";
    private static final BitSet BREAK = new BitSet(Character.MAX_VALUE + 1);

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                HAN.set(c);
            }
        }
        for (int i = 0; i < BREAKS.length(); i++) {
            BREAK.set(BREAKS.charAt(i));
        }
    }

    private Chars() {
    }

    static boolean isHan(char c) {
        return HAN.get(c);
    }

    /** Punctuation and spaces that end a name or a phrase. */
    static boolean isBreak(char c) {
        return BREAK.get(c);
    }

    static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether text[from, to) is all Han, without cutting it out of the text. */
    static boolean allHan(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

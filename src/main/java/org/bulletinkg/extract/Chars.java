package org.bulletinkg.extract;

/** Character classes of the genre. */
final class Chars {
    private Chars() {
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Punctuation and spaces that end a name or a phrase. */
    static boolean isBreak(char c) {
        return "、，。；：！？,.;:!?（）()《》“”\"'‘’【】[]■/ \u3000\n\t·—-".indexOf(c) >= 0;
    }

    static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

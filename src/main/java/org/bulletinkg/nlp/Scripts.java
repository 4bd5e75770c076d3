package org.bulletinkg.nlp;

import com.hankcs.hanlp.HanLP;

/** Traditional characters to simplified, for pages written in traditional script (市長辦公會議). */
public final class Scripts {
    /** Characters common in meeting headers that exist only in traditional script: a text without any is left alone. */
    private static final String TRADITIONAL_MARKS = "會議屆長務辦開區縣們議題黨組員";

    private Scripts() {
    }

    /**
     * The text in simplified script, character for character; the text itself when it holds no traditional
     * mark, or when the conversion would change its length (offsets must stay valid).
     */
    public static String toSimplified(String text) {
        boolean traditional = false;
        for (int i = 0; i < text.length() && !traditional; i++) {
            traditional = TRADITIONAL_MARKS.indexOf(text.charAt(i)) >= 0;
        }
        if (!traditional) {
            return text;
        }
        String s = HanLP.convertToSimplifiedChinese(text);
        return s.length() == text.length() ? s : text;
    }
}

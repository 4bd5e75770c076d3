package org.bulletinkg.nlp;

/**
 * A word of the text as the segmenter cut it.
 *
 * @param word   the characters
 * @param nature the part-of-speech tag (HanLP's PKU-style tags: nr person, ns place, nt organisation ...)
 * @param start  offset of the first character in the segmented text
 */
public record Token(String word, String nature, int start) {
    public int end() {
        return start + word.length();
    }

    public boolean isPersonName() {
        return nature.startsWith("nr");
    }
}

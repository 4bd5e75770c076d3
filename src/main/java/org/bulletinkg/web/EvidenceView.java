package org.bulletinkg.web;

/**
 * One piece of evidence as a page shows it: the sentence cut in three around the words the fact was read from
 * (the middle part is highlighted), how confident the extractor was, by which rule, and the bulletin it is from
 * with its source address (empty when unknown).
 */
public record EvidenceView(String before, String marked, String after, String confidence, String rule,
                           Link bulletin, String sourceUrl) {
    public EvidenceView {
        before = nz(before);
        marked = nz(marked);
        after = nz(after);
        confidence = nz(confidence);
        rule = nz(rule);
        sourceUrl = Link.webAddress(sourceUrl);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Cuts {@code sentence} (which starts at {@code sentenceStart} in the bulletin) at the fact's offsets. */
    static EvidenceView of(String sentence, long sentenceStart, long start, long end, String confidence,
                           String rule, Link bulletin, String sourceUrl) {
        int n = sentence.length();
        int a = start < 0 ? 0 : (int) Math.max(0, Math.min(n, start - sentenceStart));
        int b = end < 0 ? n : (int) Math.max(a, Math.min(n, end - sentenceStart));
        if (start < 0)
            a = b = 0; // no offsets: the sentence, nothing marked
        return new EvidenceView(sentence.substring(0, a), sentence.substring(a, b), sentence.substring(b),
                confidence, rule, bulletin, sourceUrl);
    }
}

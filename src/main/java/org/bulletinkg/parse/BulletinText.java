package org.bulletinkg.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a headline and paragraphs as one text with paragraph and sentence spans: the headline, then each
 * paragraph after a line break. Paragraph 0 is the headline; sentences are numbered in text order across
 * paragraphs (the headline's included) and carry their paragraph's index.
 */
final class BulletinText {
    final String title;
    final String text;
    final List<Span> paragraphs;
    final List<Span> sentences;

    private BulletinText(String title, String text, List<Span> paragraphs, List<Span> sentences) {
        this.title = title;
        this.text = text;
        this.paragraphs = paragraphs;
        this.sentences = sentences;
    }

    /**
     * Normalises the headline and paragraphs, drops blank paragraphs, splits a trailing reporter credit into a
     * paragraph of its own, and computes the spans.
     */
    static BulletinText of(String rawTitle, List<String> rawParagraphs) {
        String title = Punctuation.fold(TextNormalizer.normalize(rawTitle));
        List<String> body = new ArrayList<>();
        for (String raw : rawParagraphs) {
            String clean = Punctuation.fold(TextNormalizer.normalize(raw));
            if (!clean.isEmpty()) {
                body.addAll(ReporterLine.splitTrailingCredit(clean));
            }
        }
        StringBuilder text = new StringBuilder(title);
        List<Span> paragraphs = new ArrayList<>(body.size() + 1);
        List<Span> sentences = new ArrayList<>();
        paragraphs.add(new Span(0, 0, title.length(), 0));
        addSentences(sentences, title, 0, 0);
        for (String p : body) {
            text.append('\n');
            int start = text.length();
            text.append(p);
            int index = paragraphs.size();
            paragraphs.add(new Span(index, start, text.length(), index));
            addSentences(sentences, p, start, index);
        }
        return new BulletinText(title, text.toString(), paragraphs, sentences);
    }

    private static void addSentences(List<Span> out, String paragraph, int offset, int paragraphIndex) {
        for (SentenceSplitter.Piece piece : SentenceSplitter.split(paragraph)) {
            out.add(new Span(out.size(), offset + piece.start(), offset + piece.end(), paragraphIndex));
        }
    }
}

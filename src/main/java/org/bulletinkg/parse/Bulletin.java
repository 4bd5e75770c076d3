package org.bulletinkg.parse;

import java.time.LocalDate;
import java.util.List;
import org.bulletinkg.source.SourceMetadata;

/**
 * A bulletin decoded and cut into paragraphs and sentences.
 *
 * <p>{@code text} is the title, a newline, then the body paragraphs joined by newlines. Paragraph 0 is the
 * title; every offset in the pipeline points into {@code text}.
 *
 * @param name       the bulletin's name (file name without extension)
 * @param title      the headline
 * @param text       title and body as one string
 * @param paragraphs paragraph spans, the title first
 * @param sentences  sentence spans in text order
 * @param published  publication date: the manifest's, else the page's date line (发布时间), else the date in
 *                   the page's address, else null
 * @param publishedSource where the publication date came from: manifest, date-line or address; null without one
 * @param sourceLabel the page's 来源 line (without "来源："), or null
 * @param charset    the charset the bytes were decoded with
 * @param form       which input form it was read as
 * @param metadata   what the manifest says of it
 */
public record Bulletin(String name, String title, String text, List<Span> paragraphs, List<Span> sentences,
                       LocalDate published, String publishedSource, String sourceLabel, String charset, Form form,
                       SourceMetadata metadata) {

    /** The input forms the parser reads. */
    public enum Form {
        /** A title line followed by an HTML fragment (the seeds). */
        SEED,
        /** A whole HTML page with navigation, article and footer. */
        HTML_PAGE,
        /** Plain text: title on the first line, paragraphs after. */
        PLAIN_TEXT
    }

    public Bulletin {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    public String textOf(Span span) {
        return span.of(text);
    }

    /**
     * The month the page's address gives where it gives no day (/201812/), for a bulletin without a publication
     * date; null otherwise.
     */
    public java.time.YearMonth publishedMonth() {
        return published != null || metadata == null ? null : AddressDate.month(metadata.sourceUrl());
    }

    /** The sentence holding a character offset, or null. */
    public Span sentenceAt(int offset) {
        for (Span s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }
}

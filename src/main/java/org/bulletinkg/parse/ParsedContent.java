package org.bulletinkg.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What a form reader took from a bulletin, before normalisation and offsets.
 *
 * @param title       the headline as found (may be empty)
 * @param paragraphs  body paragraphs as found, in order (may hold blank ones)
 * @param pageDate    the date the page gives as its publication date, or null
 * @param sourceLabel the page's 来源, or null
 */
record ParsedContent(String title, List<String> paragraphs, LocalDate pageDate, String sourceLabel) {
    ParsedContent {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
    }
}

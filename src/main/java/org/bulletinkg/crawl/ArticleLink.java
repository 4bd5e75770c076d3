package org.bulletinkg.crawl;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A link from a listing page to an article.
 *
 * @param address the article's address (normalised)
 * @param text    the link's anchor text, or its title where that says more
 * @param date    the date written beside the link, or null
 */
public record ArticleLink(URI address, String text, LocalDate date) {
    public ArticleLink {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(text, "text");
    }
}

package org.bulletinkg.crawl;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bulletinkg.source.CharsetDetection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a column's listing page links to: its articles (links on the same site whose anchor text or title
 * matches, other than links to columns: a menu's 常务会议) and its other listing pages (下一页, 尾页, index_2.html, ?page=3, a paging script), all in the
 * column's folder. Read with jsoup. Immutable.
 *
 * @param articles the article links in page order, each address once
 * @param pages    the other listing pages of the column, each once
 */
public record Listing(List<ArticleLink> articles, List<URI> pages) {
    public Listing {
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
    }

    /**
     * Reads a listing page.
     *
     * @param page   the page as fetched (bytes and the HTTP charset)
     * @param column the column's first page: pages must lie in its folder on its site
     * @param match  what an article link's text or title must hold
     */
    public static Listing read(Page page, URI column, Pattern match, CrawlRules rules) {
        Document doc = Jsoup.parse(decode(page.body(), page.httpCharset()), page.address().toString());
        String folder = Addresses.folder(column);
        Map<URI, ArticleLink> articles = new LinkedHashMap<>();
        Set<URI> pages = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            URI target = Addresses.normalize(a.absUrl("href"));
            if (target == null || !Addresses.sameSite(target, column) || target.equals(page.address())) {
                continue;
            }
            String text = a.text().strip();
            String title = a.attr("title").strip();
            boolean inColumn = Addresses.pathAndQuery(target).startsWith(folder);
            if (inColumn && (rules.isPagingText(text) || rules.isPageAddress(target.toString()))) {
                pages.add(target);
                continue;
            }
            if ((match.matcher(text).find() || match.matcher(title).find()) && !rules.isColumnAddress(target.toString())) {
                String label = title.length() > text.length() ? title : text;
                articles.putIfAbsent(target, new ArticleLink(target, label, dateBeside(a, rules)));
            }
        }
        for (Element script : doc.select("script")) {
            for (String name : rules.scriptPages(script.data())) {
                URI p = Addresses.normalize(column.resolve(name).toString());
                if (p != null) {
                    pages.add(p);
                }
            }
        }
        pages.remove(page.address());
        pages.remove(column);
        articles.keySet().removeAll(pages);
        return new Listing(new ArrayList<>(articles.values()), new ArrayList<>(pages));
    }

    /** The date in the link's own text, else in its list item or table row (the column's date beside it). */
    private static LocalDate dateBeside(Element a, CrawlRules rules) {
        LocalDate own = rules.listingDate(a.text());
        if (own != null) {
            return own;
        }
        for (Element e = a.parent(); e != null && e.tagName() != null; e = e.parent()) {
            if (e.tagName().equals("li") || e.tagName().equals("tr") || e.tagName().equals("dd")
                    || e.tagName().equals("dl")) {
                // the row must hold this one link only, or its date is another article's
                return e.select("a[href]").size() == 1 ? rules.listingDate(e.text()) : null;
            }
            if (e.tagName().equals("body") || e.tagName().equals("ul") || e.tagName().equals("table")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A page's bytes as text: a byte order mark or a meta charset first, then the HTTP charset, then UTF-8 if the
     * bytes are UTF-8, else GB18030 (the rule {@link CharsetDetection} applies, with the header filling in for a
     * missing meta tag).
     */
    static String decode(byte[] body, String httpCharset) {
        return CharsetDetection.decode(body, charsetFor(body, httpCharset));
    }

    /** The charset {@link #decode} reads bytes with. */
    static Charset charsetFor(byte[] body, String httpCharset) {
        Charset declared = CharsetDetection.bomCharset(body);
        if (declared == null) {
            declared = CharsetDetection.declaredCharset(body);
        }
        if (declared != null) {
            return CharsetDetection.detect(body);
        }
        Charset http = httpCharsetOrNull(httpCharset);
        if (http != null) {
            return http;
        }
        return CharsetDetection.detect(body);
    }

    static Charset httpCharsetOrNull(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(java.util.Locale.ROOT);
        if (l.equals("gb2312") || l.equals("gbk") || l.equals("x-gbk") || l.equals("cp936")) {
            return CharsetDetection.GB18030;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Whether the build, which reads the bytes alone, decodes them as the HTTP charset says. */
    static boolean buildReadsAsServed(byte[] body, String httpCharset) {
        Charset http = httpCharsetOrNull(httpCharset);
        if (http == null) {
            return true;
        }
        Charset build = CharsetDetection.detect(body);
        return build.equals(http) || http.equals(StandardCharsets.US_ASCII) && build.equals(StandardCharsets.UTF_8)
                || CharsetDetection.decode(body, build).equals(CharsetDetection.decode(body, http));
    }
}

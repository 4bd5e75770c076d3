package org.bulletinkg.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The headline, publication date and 来源 of a whole HTML page. */
final class PageHeader {
    /** A date written as 2022-01-19, 2022/1/19, 2022.01.19 or 2022年1月19日. */
    private static final String DATE = "(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})";

    /** 发布时间：2022-01-19 09:05 and its variants. */
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?:发布时间|发布日期|发表时间|发表日期|发稿时间|发文日期|成文日期)\\s*[:：]?\\s*" + DATE);

    private static final Pattern ANY_DATE = Pattern.compile(DATE);

    /** Meta tags that carry a publication date, by name or property. */
    private static final List<String> DATE_METAS = List.of(
            "PubDate", "publishdate", "pubdate", "firstpublishedtime", "article:published_time", "dc.date");

    /** Separators between a headline and the site name in {@code <title>}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-–—|｜]\\s+|\\s*[_|｜]\\s*");

    /** 来源：X — X runs to white space, a bar or the next label. */
    private static final Pattern SOURCE = Pattern.compile(
            "(?<![\\u4e00-\\u9fff])来源\\s*[:：]\\s*(.+?)(?=\\s|[|｜]|作者|编辑|责任编辑|字号|发布|浏览|点击|阅读|$)");

    /** Class or id words of page parts whose h1 is the site's name, not the article's headline. */
    private static final Set<String> HEADLINE_CHROME = Set.of(
            "logo", "header", "nav", "navbar", "menu", "banner", "topbar", "footer", "sitename");
    /** Class or id words that make a part the article's own, whatever else its names say. */
    private static final Set<String> ARTICLE_WORDS = Set.of("article", "title", "content", "detail", "main");

    private PageHeader() {
    }

    /**
     * The headline: the first {@code <h1>} outside the page chrome that is not the site's name, else meta
     * ArticleTitle (or og:title), else {@code <title>} without its " - site name" part; "" when there is none.
     */
    static String title(Document doc) {
        String siteName = TextNormalizer.normalize(meta(doc, "SiteName"));
        for (Element h1 : doc.select("h1")) {
            String text = TextNormalizer.normalize(h1.text());
            if (!text.isEmpty() && !text.equals(siteName) && !inChrome(h1)) {
                return text;
            }
        }
        for (String name : List.of("ArticleTitle", "og:title")) {
            String text = TextNormalizer.normalize(meta(doc, name));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return titleWithoutSite(TextNormalizer.normalize(doc.title()), siteName);
    }

    /** A {@code <title>} without the site name that follows (or leads) the headline. */
    static String titleWithoutSite(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        for (String part : parts) {
            String p = part.strip();
            if (!p.isEmpty() && !p.equals(siteName)) {
                return p;
            }
        }
        return title;
    }

    /** The page's publication date: the 发布时间 line, else a date meta tag; null when neither gives one. */
    static LocalDate date(Document doc) {
        Matcher m = LABELLED_DATE.matcher(doc.body().text());
        while (m.find()) {
            LocalDate d = toDate(m);
            if (d != null) {
                return d;
            }
        }
        for (String name : DATE_METAS) {
            Matcher dm = ANY_DATE.matcher(meta(doc, name));
            if (dm.find()) {
                LocalDate d = toDate(dm);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The page's 来源 (source) without its label, or null. */
    static String source(Document doc) {
        // An element of its own holding the 来源 line is the surest sign; the page text is the fallback.
        for (Element el : doc.body().getAllElements()) {
            String own = TextNormalizer.normalize(el.ownText());
            if (own.startsWith("来源") && own.length() < 80) {
                String label = sourceIn(TextNormalizer.normalize(el.text()));
                if (label != null) {
                    return label;
                }
            }
        }
        return sourceIn(TextNormalizer.normalize(doc.body().text()));
    }

    private static String sourceIn(String text) {
        Matcher m = SOURCE.matcher(text);
        if (m.find()) {
            String label = m.group(1).strip();
            return label.isEmpty() ? null : label;
        }
        return null;
    }

    private static LocalDate toDate(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The content of the first meta tag with this name or property (case-insensitive), or "". */
    private static String meta(Document doc, String name) {
        for (Element meta : doc.select("meta[content]")) {
            if (name.equalsIgnoreCase(meta.attr("name")) || name.equalsIgnoreCase(meta.attr("property"))) {
                return meta.attr("content");
            }
        }
        return "";
    }

    /** Whether a headline candidate sits in a link, the site header, a banner or the navigation. */
    private static boolean inChrome(Element el) {
        for (Element p = el; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("a") || tag.equals("nav") || tag.equals("footer")) {
                return true;
            }
            if (tag.equals("header") && p.closest("article") == null) {
                return true;
            }
            List<String> words = BodyLocator.words(p);
            if (words.stream().anyMatch(HEADLINE_CHROME::contains)
                    && words.stream().noneMatch(ARTICLE_WORDS::contains)) {
                return true;
            }
        }
        return false;
    }
}

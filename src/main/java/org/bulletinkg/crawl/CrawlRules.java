package org.bulletinkg.crawl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.rules.RuleTable;

/**
 * What the crawler recognises on a listing page, read from {@code rules/crawl.tsv}: the meeting words (the
 * default of {@code --match}), the anchor words of pagination links, the addresses of listing pages, the
 * script that pages a column, and the date beside an article's link. Immutable.
 */
public final class CrawlRules {
    private static final String TABLE = "crawl.tsv";

    private final List<String> meetingWords;
    private final List<String> nextWords;
    private final List<String> lastWords;
    private final List<Pattern> pageAddresses;
    private final List<Pattern> pageScripts;
    private final List<Pattern> listingDates;
    private final List<Pattern> columnAddresses;

    private CrawlRules(List<RuleTable.Row> rows) {
        List<String> meeting = new ArrayList<>();
        List<String> next = new ArrayList<>();
        List<String> last = new ArrayList<>();
        List<Pattern> addresses = new ArrayList<>();
        List<Pattern> scripts = new ArrayList<>();
        List<Pattern> dates = new ArrayList<>();
        List<Pattern> columns = new ArrayList<>();
        for (RuleTable.Row row : rows) {
            String value = row.get(1);
            switch (row.name()) {
                case "meeting" -> meeting.add(value);
                case "next" -> next.add(value);
                case "last" -> last.add(value);
                case "page-address" -> addresses.add(compile(row, value));
                case "page-script" -> scripts.add(compile(row, value));
                case "listing-date" -> dates.add(compile(row, value));
                case "column-address" -> columns.add(compile(row, value));
                default -> throw new BulletinKgException("rules/" + TABLE + " line " + row.line()
                        + ": unknown kind \"" + row.name() + "\"");
            }
        }
        if (meeting.isEmpty()) {
            throw new BulletinKgException("rules/" + TABLE + " has no meeting words");
        }
        this.meetingWords = List.copyOf(meeting);
        this.nextWords = List.copyOf(next);
        this.lastWords = List.copyOf(last);
        this.pageAddresses = List.copyOf(addresses);
        this.pageScripts = List.copyOf(scripts);
        this.listingDates = List.copyOf(dates);
        this.columnAddresses = List.copyOf(columns);
    }

    private static Pattern compile(RuleTable.Row row, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new BulletinKgException("rules/" + TABLE + " line " + row.line() + ": bad expression: "
                    + e.getDescription(), e);
        }
    }

    private static final class Standard {
        static final CrawlRules RULES = new CrawlRules(RuleTable.read(TABLE));
    }

    /** The rules of {@code rules/crawl.tsv}, read once. */
    public static CrawlRules standard() {
        return Standard.RULES;
    }

    /** The words that make a link a meeting's report. */
    public List<String> meetingWords() {
        return meetingWords;
    }

    /** The default of {@code --match}: any of the meeting words. */
    public Pattern defaultMatch() {
        return Pattern.compile(meetingWords.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /** Whether a link's anchor text says it leads to another listing page (下一页, 尾页, …). */
    public boolean isPagingText(String anchorText) {
        String t = anchorText.strip();
        return nextWords.contains(t) || lastWords.contains(t)
                || nextWords.stream().anyMatch(w -> w.length() > 1 && t.length() <= w.length() + 2 && t.contains(w))
                || lastWords.stream().anyMatch(w -> t.length() <= w.length() + 2 && t.contains(w));
    }

    /** Whether an address has the shape of a column's listing page (index_2.html, ?page=3). */
    public boolean isPageAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return pageAddresses.stream().anyMatch(p -> p.matcher(url).find() || p.matcher(lower).find());
    }

    /** Whether an address is a column's (a folder, an index or list page), which is never an article. */
    public boolean isColumnAddress(String url) {
        int query = url.indexOf('?');
        String path = query >= 0 ? url.substring(0, query) : url;
        return columnAddresses.stream().anyMatch(p -> p.matcher(path).find());
    }

    /**
     * The file names of the pages a paging script announces ({@code createPageHTML(5, 0, "index", "html")}
     * gives index_1.html … index_4.html); none when the script holds no such call.
     */
    public List<String> scriptPages(String script) {
        List<String> pages = new ArrayList<>();
        for (Pattern p : pageScripts) {
            Matcher m = p.matcher(script);
            if (m.find()) {
                int count = Integer.parseInt(m.group("count"));
                for (int i = 1; i < count; i++) {
                    pages.add(m.group("name") + "_" + i + "." + m.group("ext"));
                }
                break;
            }
        }
        return pages;
    }

    /** The date written in a listing's text beside an article link, or null. */
    public LocalDate listingDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Pattern p : listingDates) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                            Integer.parseInt(m.group("d")));
                } catch (DateTimeException | NumberFormatException e) {
                    // not a day: try the next
                }
            }
        }
        return null;
    }
}

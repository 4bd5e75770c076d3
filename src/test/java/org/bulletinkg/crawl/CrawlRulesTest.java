package org.bulletinkg.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The listing reader and the table it interprets (rules/crawl.tsv), on pages written here. */
class CrawlRulesTest {
    private static final CrawlRules RULES = CrawlRules.standard();
    private static final URI COLUMN = URI.create("http://www.example.gov.cn/zwgk/cwhhy/index.html");

    private static Listing read(String html, String address, String httpCharset, Charset encoding) {
        URI uri = URI.create(address);
        Page page = new Page(uri, uri, 200, html.getBytes(encoding), "text/html", httpCharset, null, null);
        return Listing.read(page, COLUMN, RULES.defaultMatch(), RULES);
    }

    @Test
    void defaultMatchIsTheMeetingWords() {
        Pattern match = RULES.defaultMatch();
        assertTrue(match.matcher("区委常委会召开第8次会议").find());
        assertTrue(match.matcher("县政府第3次常务会").find());
        assertTrue(match.matcher("区委理论学习中心组举行集体学习").find());
        assertTrue(match.matcher("市委十二届五次全会召开").find());
        assertFalse(match.matcher("关于清明节假期安排的通知").find());
        assertTrue(RULES.meetingWords().containsAll(List.of("会议", "全会", "常委会", "常务会", "办公会", "主任会议", "主席会议", "中心组")));
    }

    @Test
    void pagingWordsAndAddresses() {
        assertTrue(RULES.isPagingText("下一页"));
        assertTrue(RULES.isPagingText(" [下一页] "));
        assertTrue(RULES.isPagingText("尾页"));
        assertTrue(RULES.isPagingText(">"));
        assertFalse(RULES.isPagingText("区委常委会召开第8次会议"));
        assertFalse(RULES.isPagingText("首页"));
        assertTrue(RULES.isPageAddress("http://x.gov.cn/col/index_3.html"));
        assertTrue(RULES.isPageAddress("http://x.gov.cn/col/list.jsp?page=2"));
        assertTrue(RULES.isPageAddress("http://x.gov.cn/col/list?pageNo=2&size=20"));
        assertFalse(RULES.isPageAddress("http://x.gov.cn/col/202401/t20240105_12345.html"));
        assertFalse(RULES.isPageAddress("http://x.gov.cn/col/art.jsp?pagetitle=2"));
        assertEquals(List.of("index_1.html", "index_2.html", "index_3.html"),
                RULES.scriptPages("var currentPage = 0; createPageHTML(4, 0, \"index\", \"html\");"));
        assertEquals(List.of(), RULES.scriptPages("var x = 1;"));
        assertEquals(LocalDate.of(2024, 3, 5), RULES.listingDate("[2024-03-05]"));
        assertEquals(LocalDate.of(2024, 3, 5), RULES.listingDate("2024年3月5日"));
        assertNull(RULES.listingDate("第12次会议"));
        assertTrue(RULES.isColumnAddress("http://x.gov.cn/zwgk/cwhy/"));
        assertTrue(RULES.isColumnAddress("http://x.gov.cn/zwgk/cwhy/index.html"));
        assertTrue(RULES.isColumnAddress("http://x.gov.cn/zwgk/list.jsp?cat=12"));
        assertFalse(RULES.isColumnAddress("http://x.gov.cn/zwgk/cwhy/202401/t20240105_1.html"));
        assertFalse(RULES.isColumnAddress("http://x.gov.cn/art/detail.jsp?id=12"));
    }

    @Test
    void listingKeepsMeetingLinksOfTheSiteAndFindsItsPages() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a></div><ul>"
                + "<li><a href=\"./202401/t20240105_1.html\">区委常委会召开第8次会议</a><span>2024-01-05</span></li>"
                + "<li><a href=\"/zwgk/cwhhy/202401/t20240112_2.html\" title=\"区政府召开第3次常务会议研究春节保供工作\">区政府召开第3次常务…</a>"
                + "<span>2024-01-12</span></li>"
                + "<li><a href=\"./202401/t20240105_1.html#top\">区委常委会召开第8次会议</a></li>"
                + "<li><a href=\"./202401/t20240115_3.html\">关于寒假安全的提示</a><span>2024-01-15</span></li>"
                + "<li><a href=\"http://www.other.gov.cn/a/t1.html\">市委常委会召开会议</a></li>"
                + "<li><a href=\"mailto:office@example.gov.cn\">会议联系</a></li>"
                + "<li><a href=\"javascript:void(0)\">会议</a></li>"
                + "<li><a href=\"/zwgk/cwhy/index.html\">政府常务会议</a><a href=\"/zwgk/hy/\">重要会议</a></li>"
                + "</ul><div><a href=\"index_1.html\">下一页</a> <a href=\"index_9.html\">尾页</a>"
                + " <a href=\"list.jsp?page=2\">2</a> <a href=\"/other/index_1.html\">下一页</a></div></body></html>";
        Listing l = read(html, COLUMN.toString(), null, StandardCharsets.UTF_8);
        assertEquals(List.of("http://www.example.gov.cn/zwgk/cwhhy/202401/t20240105_1.html",
                "http://www.example.gov.cn/zwgk/cwhhy/202401/t20240112_2.html"),
                l.articles().stream().map(a -> a.address().toString()).toList());
        assertEquals("区政府召开第3次常务会议研究春节保供工作", l.articles().get(1).text(), "the fuller title wins");
        assertEquals(LocalDate.of(2024, 1, 5), l.articles().get(0).date());
        assertEquals(List.of("http://www.example.gov.cn/zwgk/cwhhy/index_1.html",
                "http://www.example.gov.cn/zwgk/cwhhy/index_9.html",
                "http://www.example.gov.cn/zwgk/cwhhy/list.jsp?page=2"),
                l.pages().stream().map(URI::toString).toList(), "another column's pages are not this one's");
    }

    @Test
    void listingPagedByScriptAndWrittenInGbkWithoutDeclaringIt() {
        String html = "<html><body><ul><li><a href=\"./t1.html\">县委常委会召开会议</a></li></ul>"
                + "<script>createPageHTML(3, 0, \"index\", \"shtml\");</script></body></html>";
        Listing l = read(html, COLUMN.toString(), null, Charset.forName("GBK"));
        assertEquals(1, l.articles().size(), "GBK bytes without a charset read as GB18030");
        assertEquals("县委常委会召开会议", l.articles().get(0).text());
        assertEquals(List.of("http://www.example.gov.cn/zwgk/cwhhy/index_1.shtml", "http://www.example.gov.cn/zwgk/cwhhy/index_2.shtml"),
                l.pages().stream().map(URI::toString).toList());
    }

    @Test
    void theHttpCharsetFillsInForAMissingMetaTag() {
        byte[] big5 = "<html><body><a href=\"t.html\">縣委常委會召開會議</a></body></html>".getBytes(Charset.forName("Big5"));
        assertEquals(Charset.forName("Big5"), Listing.charsetFor(big5, "big5"));
        assertFalse(Listing.buildReadsAsServed(big5, "big5"), "the build, which sees the bytes alone, reads them otherwise");
        byte[] gbk = "<html><body>区委常委会</body></html>".getBytes(Charset.forName("GBK"));
        assertTrue(Listing.buildReadsAsServed(gbk, "GBK"));
        assertTrue(Listing.buildReadsAsServed(gbk, null));
        byte[] utf8 = "<html><head><meta charset=\"utf-8\"></head><body>区委</body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, Listing.charsetFor(utf8, "gbk"), "a meta tag wins over a header");
    }

    @Test
    void addressesAreNormalisedAndNamed() {
        assertEquals("http://www.x.gov.cn/a/b.html", Addresses.normalize("HTTP://WWW.X.gov.cn:80/a/./c/../b.html#p2").toString());
        assertEquals("https://x.gov.cn/", Addresses.normalize("https://x.gov.cn").toString());
        assertNull(Addresses.normalize("ftp://x.gov.cn/a"));
        assertNull(Addresses.normalize("javascript:void(0)"));
        String name = Addresses.fileName(URI.create("http://x.gov.cn/col/202401/t20240105_123.html"), "html");
        assertTrue(name.matches("t20240105_123_[0-9a-f]{12}\\.html"), name);
        assertFalse(name.equals(Addresses.fileName(URI.create("http://x.gov.cn/other/202401/t20240105_123.html"), "html")));
    }
}

package org.bulletinkg.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a whole HTML page: headline, 发布时间, 来源 and the article body, without the page around it. */
final class HtmlPageReader {
    /** Lines of page furniture that can sit inside an article container on some sites. */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:上一篇|下一篇|上一条|下一条|字号\\s*[:：]|当前位置\\s*[:：]|分享到|【\\s*字体\\s*[:：]).*"
                    + "|^(?:[【\\[]?\\s*(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏本页|收藏)\\s*[】\\]]?\\s*)+$");

    /** The article-info line (发布时间 / 来源 / 浏览次数), when a site puts it inside the container. */
    private static final Pattern INFO_LINE = Pattern.compile(
            "^(?:发布时间|发布日期|来源|浏览次数|阅读次数|点击数|点击量)\\s*[:：].*");
    private static final int MAX_INFO_LINE = 120;

    private HtmlPageReader() {
    }

    static ParsedContent read(String html) {
        Document doc = Jsoup.parse(html);
        String title = PageHeader.title(doc);
        LocalDate date = PageHeader.date(doc);
        String source = PageHeader.source(doc);
        Element body = BodyLocator.locate(doc.body());
        return new ParsedContent(title, bodyLines(BlockText.lines(body), title), date, source);
    }

    /** The body's lines without page furniture and without the headline repeated at their head. */
    private static List<String> bodyLines(List<String> lines, String title) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (out.isEmpty() && line.equals(title)) {
                continue;
            }
            if (FURNITURE.matcher(line).matches()) {
                continue;
            }
            if (line.length() <= MAX_INFO_LINE && INFO_LINE.matcher(line).matches()) {
                continue;
            }
            out.add(line);
        }
        return out;
    }
}

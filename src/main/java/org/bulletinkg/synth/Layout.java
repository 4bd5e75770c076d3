package org.bulletinkg.synth;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Puts an article into one of the three input forms, as bytes: a headline line followed by an HTML fragment
 * (the form of the seed bulletins), a whole government-site page (header, navigation, crumbs, 发布时间 and
 * 来源, the article, footer) in UTF-8 or GBK, or plain text.
 */
final class Layout {
    static final Charset GBK = Charset.forName("GBK");
    private static final String SPAN = "<div><span style='font-size:16px;line-height:26px;text-indent:2em;display:block'>";

    private Layout() {
    }

    static String extension(Article.Form form) {
        return form.page() ? ".html" : ".txt";
    }

    static byte[] render(Meeting m, Article a, Article.Form form, Random r) {
        return switch (form) {
            case SEED -> seed(a).getBytes(StandardCharsets.UTF_8);
            case PLAIN -> plain(a).getBytes(StandardCharsets.UTF_8);
            case PAGE_UTF8 -> page(m, a, "utf-8", r).getBytes(StandardCharsets.UTF_8);
            case PAGE_GBK -> page(m, a, "gbk", r).getBytes(GBK);
        };
    }

    private static String seed(Article a) {
        StringBuilder s = new StringBuilder(a.title()).append('\n');
        for (String p : a.paragraphs()) {
            s.append(SPAN).append(" 　　").append(escape(p)).append("</span></div><div>&nbsp;</div>");
        }
        return s.toString();
    }

    private static String plain(Article a) {
        StringBuilder s = new StringBuilder(a.title()).append("\n\n");
        if (a.byline() != null) {
            s.append(a.byline()).append("\n\n");
        }
        for (String p : a.paragraphs()) {
            s.append(p).append("\n\n");
        }
        return s.toString();
    }

    private static String page(Meeting m, Article a, String charset, Random r) {
        District d = m.district();
        String site = "https://example.gov.cn/" + d.slug() + "/";
        String stamp = a.pageDate() + String.format(Locale.ROOT, " %02d:%02d", 8 + r.nextInt(11), r.nextInt(60));
        boolean trs = r.nextBoolean();
        StringBuilder s = new StringBuilder(4096);
        s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"").append(charset).append("\">\n")
                .append("<meta name=\"ArticleTitle\" content=\"").append(escape(a.title())).append("\">\n")
                .append("<meta name=\"PubDate\" content=\"").append(stamp).append("\">\n")
                .append("<title>").append(escape(a.title())).append(" - 北京市").append(d.name()).append("人民政府</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(site).append("css/site.css\">\n</head>\n<body>\n")
                .append("<div class=\"topbar\"><a href=\"").append(site).append("\">首页</a> | <a href=\"").append(site)
                .append("search/\">站内搜索</a> | <span>无障碍</span></div>\n")
                .append("<div class=\"nav\"><ul><li><a href=\"").append(site).append("\">首页</a></li><li><a href=\"").append(site)
                .append("xwzx/\">新闻中心</a></li><li><a href=\"").append(site).append("zwgk/\">政务公开</a></li><li><a href=\"")
                .append(site).append("hdjl/\">互动交流</a></li></ul></div>\n")
                .append("<div class=\"crumb\">当前位置：<a href=\"").append(site).append("\">首页</a> &gt; 新闻中心 &gt; ")
                .append(d.shortName()).append("要闻</div>\n<div class=\"main\">\n<h1>").append(escape(a.title())).append("</h1>\n")
                .append("<div class=\"info\"><span>").append(trs ? "发布日期：" : "发布时间：").append(stamp)
                .append("</span> <span>来源：").append(d.name()).append("融媒体中心</span></div>\n")
                .append(trs ? "<div class=\"content\"><div class=\"TRS_Editor\">\n" : "<div class=\"article-content\" id=\"zoom\">\n");
        for (String p : a.paragraphs()) {
            s.append("<p style=\"text-indent:2em;\">").append(escape(p)).append("</p>\n");
        }
        if (a.reporterLine() != null) {
            s.append("<p style=\"text-align:right;\">").append(escape(a.reporterLine())).append("</p>\n");
        }
        s.append(trs ? "</div></div>\n" : "</div>\n").append("</div>\n<div class=\"footer\"><p>主办：北京市").append(d.name())
                .append("人民政府办公室</p><p>京ICP备00000000号</p></div>\n</body>\n</html>\n");
        return s.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

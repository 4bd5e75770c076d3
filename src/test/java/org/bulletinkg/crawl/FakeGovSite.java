package org.bulletinkg.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A small district government site on 127.0.0.1, written by the tests: the 常委会会议 column of 西城区 in three
 * listing pages (下一页, 尾页, index_1.html, index_2.html) linking to meeting reports in UTF-8 and GBK (one
 * without a charset anywhere), a notice that is no meeting, a robots.txt that keeps crawlers out of /private/,
 * a page that is gone (404), one that does not answer in time, a redirect loop, a huge page, a page that fails
 * once with 503, a report that moved (301), redirects to ftp and down an endless chain, a report linked under two
 * addresses and a link to another site. The
 * listing pages answer conditional requests (ETag; the last one Last-Modified). Every request is logged.
 *
 * <p>The reports are invented, written for these tests: people, numbers and topics are made up.
 */
final class FakeGovSite implements AutoCloseable {
    static {
        // the JDK server writes headers and body apart; without TCP_NODELAY each answer waits ~40 ms for the
        // client's delayed ACK (Nagle), which would measure the test server, not the crawler
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final String COLUMN = "/xw/cwhhy/";
    static final String CHAIR = "林海峰";
    static final String MAYOR = "周明远";
    private static final Charset GBK = Charset.forName("GBK");
    private static final String[] TOPICS = {"冬季供暖保障", "背街小巷环境整治", "中小学校舍安全排查", "老旧小区综合改造",
        "汛期准备", "消费季活动筹备", "重点项目建设进度", "基层治理试点", "营商环境优化", "公共文化设施开放",
        "养老服务驿站建设", "垃圾分类推进", "社区卫生服务", "停车设施改善", "就业帮扶"};

    /** One request as the server saw it. */
    record Request(String path, String ifNoneMatch, String ifModifiedSince, String userAgent, int status, long startNanos) {
        boolean conditional() {
            return ifNoneMatch != null || ifModifiedSince != null;
        }
    }

    /** A report of the column. */
    record Article(String path, String title, LocalDate date, byte[] bytes, String contentType) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-site");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> log = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    /** The last listing page's content hash and Last-Modified. */
    private final Map<String, String[]> lastModified = new ConcurrentHashMap<>();
    private final List<Article> articles = Collections.synchronizedList(new ArrayList<>());
    /** Extra links on the listing pages: page index to HTML list items. */
    private final Map<Integer, List<String>> extraItems = new ConcurrentHashMap<>();
    private final AtomicInteger articleRequests = new AtomicInteger();
    private volatile Consumer<Integer> onArticleRequest = n -> { };
    private final byte[] huge;
    private final Article aliased;
    private int meetings;
    private int sessions;

    FakeGovSite() throws IOException {
        this(21);
    }

    /** A site whose column lists {@code count} reports (the tests' 21; more for measuring). */
    FakeGovSite(int count) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        StringBuilder big = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>区委常委会会议纪要汇编</title></head><body>");
        while (big.length() < 1_200_000) {
            big.append("<p>会议汇编占位内容，用于测试页面大小上限。</p>\n");
        }
        huge = big.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            addMeeting(i % 4 == 3 ? "gov" : "cwh");
        }
        aliased = articles.get(articles.size() - 5);
        defaultExtras();
        server.start();
    }

    /** Adds a report at the top of the column, the way a site publishes a new one. */
    Article addMeeting(String kind) {
        int i = meetings++;
        LocalDate date = LocalDate.of(2025, 1, 6).plusDays(7L * i);
        boolean cwh = kind.equals("cwh");
        int number = cwh ? 31 + sessions++ : 11 + i;
        String title = cwh ? "区委常委会召开第" + number + "次会议" : "区政府召开第" + number + "次常务会议";
        String topic = TOPICS[i % TOPICS.length];
        String topic2 = TOPICS[(i + 5) % TOPICS.length];
        LocalDate held = date.minusDays(1);
        String md = held.getMonthValue() + "月" + held.getDayOfMonth() + "日";
        String body = cwh
                ? "<p>" + md + "，区委常委会召开第" + number + "次会议，研究" + topic + "等工作。区委书记" + CHAIR + "主持会议。</p>"
                + "<p>会议听取了关于" + topic2 + "情况的汇报。会议要求，各部门要细化责任分工，确保各项任务按期完成。</p>"
                + "<p>区委常委出席会议，区人大常委会、区政府、区政协有关负责同志列席会议。</p>"
                : "<p>" + md + "，区长" + MAYOR + "主持召开区政府第" + number + "次常务会议，研究" + topic + "等事项。</p>"
                + "<p>会议指出，要把" + topic2 + "作为惠民实事抓紧抓好，定期通报进展。</p>";
        // charsets: UTF-8 declared twice; GBK declared in the header only; GBK declared in a meta tag; GBK undeclared
        int variant = i % 5;
        Charset charset = variant < 2 ? StandardCharsets.UTF_8 : GBK;
        String meta = switch (variant) {
            case 0, 1 -> "<meta charset=\"utf-8\">";
            case 3 -> "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">";
            default -> "";
        };
        String contentType = switch (variant) {
            case 0, 1 -> "text/html; charset=UTF-8";
            case 2 -> "text/html; charset=GBK";
            default -> "text/html";
        };
        String html = "<!DOCTYPE html>\n<html><head>" + meta + "<title>" + title + "_西城区人民政府网站</title></head>\n<body>"
                + "<div class=\"top\">西城区人民政府网站 首页 | 政务公开 | 常委会会议</div>\n"
                + "<div class=\"article\"><h1>" + title + "</h1>\n"
                + "<div class=\"info\">发布时间：" + date + " 09:30　来源：区委办公室</div>\n"
                + "<div class=\"content\">" + body + "</div></div>\n"
                + "<div class=\"footer\">主办：西城区人民政府办公室　版权所有</div></body></html>\n";
        String path = COLUMN + date.toString().substring(0, 7).replace("-", "") + "/t" + date.toString().replace("-", "")
                + "_" + (1000 + i) + ".html";
        Article a = new Article(path, title, date, html.getBytes(charset), contentType);
        articles.add(0, a);
        return a;
    }

    /** The address of a path on this site. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    String columnUrl() {
        return url(COLUMN + "index.html");
    }

    List<Article> articles() {
        return List.copyOf(articles);
    }

    /** The article linked under a second address as well. */
    Article aliased() {
        return aliased;
    }

    static String aliasPath(Article a) {
        return COLUMN + "share/" + a.path().substring(a.path().lastIndexOf('_') + 1);
    }

    List<Request> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    void clearLog() {
        log.clear();
        hits.clear();
    }

    /** Every path asked for, as the requests arrived (a request still being answered included). */
    Set<String> askedFor() {
        return new TreeSet<>(hits.keySet());
    }

    int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    /** Called with the number of article requests so far, on every article request (before it is answered). */
    void onArticleRequest(Consumer<Integer> listener) {
        onArticleRequest = listener;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- pages

    private static final int PER_PAGE = 10;

    private List<String> listingPaths() {
        List<String> paths = new ArrayList<>(List.of(COLUMN + "index.html"));
        for (int i = 1; i < lastPage() + 1; i++) {
            paths.add(COLUMN + "index_" + i + ".html");
        }
        return paths;
    }

    private int lastPage() {
        return Math.max(2, (articles.size() - 1) / PER_PAGE);
    }

    private byte[] listing(int page) {
        List<Article> all = articles();
        StringBuilder items = new StringBuilder();
        for (int i = page * PER_PAGE; i < Math.min(all.size(), (page + 1) * PER_PAGE); i++) {
            Article a = all.get(i);
            String href = i % 2 == 0 ? "./" + a.path().substring(COLUMN.length()) : a.path();
            items.append("<li><a href=\"").append(href).append("\" title=\"").append(a.title()).append("\">")
                    .append(a.title()).append("</a><span class=\"date\">").append(a.date()).append("</span></li>\n");
        }
        for (String extra : extraItems.getOrDefault(page, List.of())) {
            items.append(extra).append('\n');
        }
        String prev = page == 0 ? "" : "<a href=\"" + (page == 1 ? "index.html" : "index_" + (page - 1) + ".html") + "\">上一页</a> ";
        String next = page == lastPage() ? "" : "<a href=\"index_" + (page + 1) + ".html\">下一页</a> ";
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>常委会会议_西城区人民政府网站</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/xw/\">政务公开</a> <a href=\"/hd/\">政民互动</a></div>"
                + "<h2>常委会会议</h2><ul class=\"list\">\n" + items + "</ul>"
                + "<div class=\"pages\"><a href=\"index.html\">首页</a> " + prev + next
                + "<a href=\"index_" + lastPage() + ".html\">尾页</a></div>"
                + "<div class=\"footer\">版权所有：西城区人民政府</div></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private void defaultExtras() {
        if (!extraItems.isEmpty()) {
            return;
        }
        Article alias = aliased();
        extraItems.put(0, List.of(
                "<li><a href=\"/xw/cwhhy/202501/t20250120_notice.html\">关于2025年春节假期安排的通知</a><span>2025-01-20</span></li>",
                "<li><a href=\"/private/t20250301_9001.html\">区委常委会召开第98次会议（内部）</a><span>2025-03-01</span></li>",
                "<li><a href=\"http://other.invalid/xw/t20250302_9002.html\">区委常委会召开第97次会议</a><span>2025-03-02</span></li>",
                "<li><a href=\"/xw/cwhhy/202502/t20250210_gone.html\">区委常委会召开第90次会议</a><span>2025-02-10</span></li>"));
        extraItems.put(1, List.of(
                "<li><a href=\"/xw/cwhhy/202502/t20250211_slow.html\">区委常委会召开第91次会议</a><span>2025-02-11</span></li>",
                "<li><a href=\"/xw/cwhhy/loop_a.html\">区委理论学习中心组学习会议</a><span>2025-02-12</span></li>",
                "<li><a href=\"" + aliasPath(alias) + "\">" + alias.title() + "（转载）</a><span>" + alias.date() + "</span></li>"));
        extraItems.put(2, List.of(
                "<li><a href=\"/xw/cwhhy/202502/t20250213_huge.html\">区委常委会会议纪要汇编</a><span>2025-02-13</span></li>",
                "<li><a href=\"/xw/cwhhy/202502/t20250214_flaky.html\">区政府召开第60次常务会议</a><span>2025-02-14</span></li>",
                "<li><a href=\"/xw/cwhhy/202502/t20250215_moved.html\">区政府召开第61次常务会议</a><span>2025-02-15</span></li>",
                "<li><a href=\"/xw/cwhhy/202502/t20250216_ftp.html\">区委常委会召开第92次会议</a><span>2025-02-16</span></li>",
                "<li><a href=\"/xw/cwhhy/hop_1.html\">区委常委会召开第93次会议</a><span>2025-02-17</span></li>"));
    }

    private static final byte[] FLAKY = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>区政府召开第60次常务会议</title>"
            + "</head><body><h1>区政府召开第60次常务会议</h1><div>发布时间：2025-02-14 10:00</div><div class=\"content\">"
            + "<p>2月13日，区长" + MAYOR + "主持召开区政府第60次常务会议，研究春季植树活动安排。</p>"
            + "<p>会议要求，各街道要组织好志愿者，做好苗木养护。</p></div></body></html>").getBytes(StandardCharsets.UTF_8);

    static final String MOVED = "/xw/cwhhy/202502/t20250215_moved.html";
    static final String MOVED_TO = "/xw/cwhhy/2025/02/15/t20250215_61.html";
    static final byte[] MOVED_PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>区政府召开第61次常务会议</title>"
            + "</head><body><h1>区政府召开第61次常务会议</h1><div>发布时间：2025-02-15 16:00</div><div class=\"content\">"
            + "<p>2月14日，区长" + MAYOR + "主持召开区政府第61次常务会议，研究中小学课后服务工作。</p>"
            + "<p>会议要求，教育部门要统筹校内外资源，丰富课后服务内容。</p></div></body></html>").getBytes(StandardCharsets.UTF_8);

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        String key = query == null ? path : path + "?" + query;
        int n = hits.merge(key, 1, Integer::sum);
        long start = System.nanoTime();
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = ex.getRequestHeaders().getFirst("If-Modified-Since");
        String ua = ex.getRequestHeaders().getFirst("User-Agent");
        int status;
        try {
            status = answer(ex, path, n, ifNoneMatch, ifModifiedSince);
        } catch (IOException e) {
            status = -1; // the client went away (a timeout, a cancelled huge page)
        } finally {
            ex.close();
        }
        log.add(new Request(key, ifNoneMatch, ifModifiedSince, ua, status, start));
    }

    private int answer(HttpExchange ex, String path, int n, String ifNoneMatch, String ifModifiedSince) throws IOException {
        if (path.equals("/robots.txt")) {
            return send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: BadBot\nDisallow: /\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        int page = listingPaths().indexOf(path);
        if (page >= 0) {
            byte[] body = listing(page);
            String hash = Addresses.sha256(body).substring(0, 16);
            if (page == lastPage()) {
                // the last page gives Last-Modified instead of an ETag, as some content systems do
                String stamp = lastModified.compute(path, (p, known) -> known != null && known[0].equals(hash) ? known
                        : new String[] {hash, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                ZonedDateTime.now(ZoneOffset.UTC).withNano(0))})[1];
                ex.getResponseHeaders().set("Last-Modified", stamp);
                if (stamp.equals(ifModifiedSince)) {
                    ex.sendResponseHeaders(304, -1);
                    return 304;
                }
                return send(ex, 200, "text/html; charset=utf-8", body);
            }
            String etag = "\"" + hash + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ifNoneMatch)) {
                ex.sendResponseHeaders(304, -1);
                return 304;
            }
            return send(ex, 200, "text/html; charset=utf-8", body);
        }
        for (Article a : articles()) {
            if (a.path().equals(path) || aliasPath(a).equals(path)) {
                onArticleRequest.accept(articleRequests.incrementAndGet());
                return send(ex, 200, a.contentType(), a.bytes());
            }
        }
        switch (path) {
            case "/xw/cwhhy/202502/t20250211_slow.html" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
                return send(ex, 200, "text/html; charset=utf-8", FLAKY);
            }
            case MOVED -> {
                ex.getResponseHeaders().set("Location", MOVED_TO);
                ex.sendResponseHeaders(301, -1);
                return 301;
            }
            case MOVED_TO -> {
                return send(ex, 200, "text/html; charset=utf-8", MOVED_PAGE);
            }
            case "/xw/cwhhy/202502/t20250216_ftp.html" -> {
                ex.getResponseHeaders().set("Location", "ftp://127.0.0.1/t20250216_ftp.html");
                ex.sendResponseHeaders(302, -1);
                return 302;
            }
            case "/xw/cwhhy/loop_a.html" -> {
                ex.getResponseHeaders().set("Location", "loop_b.html");
                ex.sendResponseHeaders(302, -1);
                return 302;
            }
            case "/xw/cwhhy/loop_b.html" -> {
                ex.getResponseHeaders().set("Location", url("/xw/cwhhy/loop_a.html"));
                ex.sendResponseHeaders(301, -1);
                return 301;
            }
            case "/xw/cwhhy/202502/t20250213_huge.html" -> {
                ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, 0); // chunked: the size is known only by reading
                try (OutputStream out = ex.getResponseBody()) {
                    for (int i = 0; i < huge.length; i += 16 * 1024) {
                        out.write(huge, i, Math.min(16 * 1024, huge.length - i));
                    }
                }
                return 200;
            }
            case "/xw/cwhhy/202502/t20250214_flaky.html" -> {
                if (n == 1) {
                    return send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
                }
                return send(ex, 200, "text/html; charset=utf-8", FLAKY);
            }
            default -> {
                if (path.matches("/xw/cwhhy/hop_\\d+\\.html")) {
                    // a chain of redirects longer than a crawler follows
                    int hop = Integer.parseInt(path.replaceAll("\\D", ""));
                    ex.getResponseHeaders().set("Location", "hop_" + (hop + 1) + ".html");
                    ex.sendResponseHeaders(302, -1);
                    return 302;
                }
                return send(ex, 404, "text/html; charset=utf-8", "<html><body>页面不存在</body></html>".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static int send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
        return status;
    }
}

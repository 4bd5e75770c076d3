package org.bulletinkg.web;

import static org.bulletinkg.web.WebFixtures.MEETING_174;
import static org.bulletinkg.web.WebFixtures.YU_JUN;
import static org.bulletinkg.web.WebFixtures.page;
import static org.bulletinkg.web.WebFixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.bulletinkg.serve.KgServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each page type, rendered by the real server from the samples' graph: what a reader sees on it. */
class WebPagesTest {
    private static KgServer server;

    @BeforeAll
    static void serve() {
        server = WebFixtures.serve(WebFixtures.samples());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void theHomePageCountsAndListsTheMeetingsBodiesAndStrategies() {
        Document home = page(server, "/explore/");
        String counts = home.select("ul.counts").text();
        assertTrue(counts.contains("2 通稿"), counts);
        assertTrue(counts.contains("2 会议"), counts);
        List<String> latest = home.select("#latest-meetings li").eachText();
        assertEquals(2, latest.size(), latest.toString());
        assertTrue(latest.get(0).startsWith("2020-06-10"), "latest first: " + latest);
        assertTrue(home.select("#bodies").text().contains("海淀区委常委会"));
        // Strategies: zh first, en beside.
        Element liuWen = home.selectFirst("#strategies a[href=/id/strategy/liu-wen]");
        assertNotNull(liuWen, "六稳 is listed");
        assertEquals("六稳", liuWen.text());
        assertEquals("Six stabilities", liuWen.nextElementSibling().text());
        assertNotNull(home.selectFirst("form[action=/explore/search] input[name=q]"), "a search box");
    }

    @Test
    void theMeetingPageShowsChairDateAndTheEvidenceSentenceHighlighted() {
        Document m = page(server, path(MEETING_174));
        assertEquals("海淀区 区委常委会 第174次会议 (2020-04-08)", m.selectFirst("h1").text());
        assertTrue(m.select("#meeting-date").text().startsWith("2020-04-08"));
        assertTrue(m.select("#meeting-date").text().contains("document-year"), "where the date came from");
        assertTrue(m.select("#meeting-summary").text().contains("第174次"));
        assertTrue(m.select("#meeting-summary").text().contains("党委常委会会议"));
        Element chair = chairSection(m);
        assertEquals("于军", chair.selectFirst("ul.facts > li > a").text());
        assertEquals(path(YU_JUN), chair.selectFirst("ul.facts > li > a").attr("href"));
        Element evidence = chair.selectFirst("ul.evidence li");
        // The sentence and the words the evidence record points at, as the graph has them.
        String[] ev = chairEvidence();
        assertEquals(ev[0], evidence.selectFirst("q").text());
        assertEquals(ev[1], evidence.selectFirst("mark").text());
        assertTrue(ev[1].contains("于军") && ev[1].contains("主持"), ev[1]);
        assertTrue(evidence.text().contains("0.99"), "its confidence");
        assertEquals("/id/bulletin/000_3d9549ab54ff64b8", evidence.selectFirst("a").attr("href"));
        // The documents, the agenda and the strategies, each strategy with the words highlighted.
        String text = m.text();
        assertTrue(text.contains("海淀区2020年固定资产投资推进方案"));
        Element sixStabilities = m.selectFirst("a[href=/id/strategy/liu-wen]");
        assertNotNull(sixStabilities);
        Element fact = sixStabilities.parent();
        assertTrue(fact.selectFirst("mark").text().contains("六稳"), fact.selectFirst("mark").text());
    }

    /** The chair's evidence of the 174th meeting, asked of the SPARQL endpoint: its sentence and the marked words. */
    private static String[] chairEvidence() {
        String query = """
                PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?text ?sstart ?start ?end WHERE {
                  ?ev rdf:subject <MEETING> ; rdf:predicate bkg:chair ; bkg:startOffset ?start ; bkg:endOffset ?end ;
                      bkg:inSentence ?s . ?s bkg:sentenceText ?text ; bkg:sentenceStart ?sstart }"""
                .replace("MEETING", MEETING_174);
        var r = WebFixtures.get(server.endpointUrl() + "?query="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        String[] row = r.body().lines().skip(1).findFirst().orElseThrow().split("\t");
        String text = row[0].substring(1, row[0].lastIndexOf('"'));
        int sstart = Integer.parseInt(row[1]), start = Integer.parseInt(row[2]), end = Integer.parseInt(row[3]);
        return new String[] {text, text.substring(start - sstart, end - sstart)};
    }

    private static Element chairSection(Document m) {
        for (Element s : m.select("section.role"))
            if (s.selectFirst("h2").text().startsWith("主持人"))
                return s;
        throw new AssertionError("no chair section in " + m.select("section.role h2").eachText());
    }

    @Test
    void theOfficialPageBuildsTheCareerFromBothBulletins() {
        Document p = page(server, path(YU_JUN));
        assertEquals("于军", p.selectFirst("h1").text());
        List<Element> rows = p.select("#career tr").subList(1, p.select("#career tr").size());
        assertEquals(1, rows.size(), "one post, its two observations merged");
        List<String> cells = rows.get(0).select("td").stream().map(Element::text).toList();
        assertEquals("区委书记", cells.get(0));
        assertEquals("2020-04-08", cells.get(2));
        assertEquals("2020-06-10", cells.get(3));
        assertEquals("2", cells.get(4));
        assertEquals(2, rows.get(0).select("td").get(5).select("a").size(), "the bulletins of the first and last observation");
        assertEquals(1, p.select("svg.timeline rect").size(), "the career drawn as one bar");
        assertEquals(2, p.select("#participations tr").size());
        assertTrue(p.select("#participations").text().contains("主持人"));
        assertFalse(p.select("#co-participants tr").isEmpty(), "the people met at the 182nd meeting");
    }

    @Test
    void theBodyPageNumbersItsMeetingsAndFlagsTheGap() {
        Document b = page(server, "/id/org/hai-dian-qu-wei-chang-wei-hui-b81a");
        assertEquals("海淀区委常委会", b.selectFirst("h1").text());
        List<String> numbers = b.select("table.series tr td:first-child").eachText();
        assertEquals(List.of("174", "175–181", "182"), numbers);
        assertTrue(b.selectFirst("tr.gap").text().contains("第175–181次"));
        assertTrue(b.text().contains("隶属于"), "its parent body");
    }

    @Test
    void theStrategyPageShowsMembersAChartAndTheBodies() {
        Document s = page(server, "/id/strategy/liu-wen");
        assertEquals("六稳 Six stabilities", s.selectFirst("h1").text());
        assertTrue(s.select("#members").text().contains("稳就业"));
        assertEquals(2, s.select("svg.months rect").size(), "one bar for April, one for June 2020");
        assertEquals(List.of("2020-04: 1", "2020-06: 1"), s.select("svg.months rect title").eachText());
        assertTrue(s.select("#pushers").text().contains("海淀区委常委会 2"));
    }

    @Test
    void thePlacePageShowsItsHierarchyAndWhatHappenedThere() {
        Document p = page(server, "/id/place/cn-110108");
        assertEquals("海淀区", p.selectFirst("h1").text().split(" ")[0]);
        assertTrue(p.selectFirst("#hierarchy").text().contains("北京市 › 海淀区"), p.selectFirst("#hierarchy").text());
        assertEquals(2, p.select("#place-meetings li").size());
    }

    @Test
    void theDocumentPageSaysWhereItWasReviewed() {
        Document d = page(server, "/id/document/37accafc0ee9");
        assertEquals("《海淀区2020年固定资产投资推进方案》", d.selectFirst("h1").text());
        String reviews = d.select("#reviews").text();
        assertTrue(reviews.contains("第174次会议"), reviews);
        assertTrue(reviews.contains("研究"), reviews);
        assertTrue(d.select("#reviews mark").text().contains("海淀区2020年固定资产投资推进方案"));
    }

    @Test
    void theBulletinPageMarksEveryFactInItsText() {
        Document b = page(server, "/id/bulletin/000_3d9549ab54ff64b8");
        int facts = b.select("#facts tr").size() - 1;
        assertTrue(facts >= 20, "the first sample has some 25 facts, saw " + facts);
        // Every fact's number appears on a mark of the text.
        String marked = b.select("#bulletin-text mark").stream().map(e -> e.attr("data-facts"))
                .collect(Collectors.joining(" "));
        for (int n = 1; n <= facts; n++)
            assertTrue((" " + marked + " ").contains(" " + n + " "), "fact " + n + " is marked in the text");
        Element chair = b.select("#bulletin-text mark").stream().filter(e -> e.text().equals("于军")).findFirst()
                .orElseThrow(() -> new AssertionError("于军 is marked"));
        assertTrue(chair.attr("title").contains("主持人"), chair.attr("title"));
        assertTrue(chair.attr("title").contains("0.99"), "with its confidence: " + chair.attr("title"));
        assertTrue(b.selectFirst("#bulletin-text").text().startsWith("区委常委会召开第174次会议"));
    }

    @Test
    void aGenericThingGetsItsStatementsBothWays() {
        String query = """
                PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?ev WHERE { ?ev rdf:subject <MEETING> ; rdf:predicate bkg:chair }""".replace("MEETING", MEETING_174);
        var r = WebFixtures.get(server.endpointUrl() + "?query="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        String evidenceIri = r.body().lines().skip(1).findFirst().orElseThrow().strip();
        Document e = page(server, path(evidenceIri));
        assertTrue(e.text().contains("chair-presides"));
        assertNotNull(e.selectFirst("a[href=" + path(YU_JUN) + "]"));
    }

    @Test
    void anUnknownIriIsA404PageThatSaysSo() {
        Document p = page(server, "/id/person/nobody-0000", 404);
        assertTrue(p.selectFirst("#not-found").text().contains("https://w3id.org/bulletin-kg/id/person/nobody-0000"));
    }

    @Test
    void anUnknownPageOrQueryIs404() {
        assertTrue(page(server, "/explore/nowhere", 404).selectFirst("#error").text().contains("/nowhere"));
        assertTrue(page(server, "/explore/queries/no-such-query", 404).selectFirst("#error").text()
                .contains("no-such-query"));
    }

    @Test
    void searchMarksTheWordsAndLeadsToTheMeetings() {
        Document s = page(server, "/explore/search?q=%E7%A7%91%E5%AD%A6%E5%9F%8E");
        List<Element> hits = s.select("#hits > li");
        assertEquals(6, hits.size(), "the six sentences about 中关村科学城");
        for (Element h : hits)
            assertTrue(h.select("mark").eachText().contains("科学城"), h.text());
        assertTrue(s.select(".meeting-link a").eachAttr("href").contains(path(MEETING_174)));
        assertTrue(s.select("#names").text().contains("中关村科学城"));
    }

    @Test
    void whatIsTypedIsEscaped() {
        Document s = page(server, "/explore/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertTrue(s.select("main script").isEmpty(), "no script element made from the query");
        assertTrue(s.selectFirst("h1").text().contains("<script>alert(1)</script>"));
    }

    @Test
    void theLibraryListsEveryQueryWithItsQuestion() {
        Document l = page(server, "/explore/queries");
        List<Element> rows = l.select("#library tr");
        assertTrue(rows.size() >= 19, "the library's queries, saw " + rows.size());
        assertTrue(l.select("#library").text().contains("Which meetings did a body hold in a given year"));
    }

    @Test
    void aLibraryQueryRunsWithItsParametersFromTheForm() {
        Document q = page(server, "/explore/queries/posts-of-an-official");
        assertEquals("于军", q.selectFirst("#query-form input[name=name]").val());
        Document run = page(server, "/explore/queries/posts-of-an-official?run=1&name=%E4%BA%8E%E5%86%9B");
        assertTrue(run.select("#results").text().contains("区委书记"), run.select("#answer").text());
        Document none = page(server, "/explore/queries/posts-of-an-official?run=1&name=%E6%97%A0%E5%90%8D");
        assertEquals(1, none.select("#results tr").size(), "only the header for a name nobody has");
        String fuseki = run.selectFirst("#open-in-fuseki").attr("href");
        assertTrue(fuseki.startsWith("/#/dataset/kg/query?query="), fuseki);
        String sparql = java.net.URLDecoder.decode(fuseki.substring(fuseki.indexOf('=') + 1), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sparql.contains("PREFIX bkg:") && sparql.contains("VALUES ?name { \"于军\"@zh }"), sparql);
        Document bad = page(server, "/explore/queries/meetings-of-a-body?run=1&year=2020%7D");
        assertTrue(bad.selectFirst("#query-error").text().contains("must be a number"));
    }

    @Test
    void theOntologyIsItsDocumentationPage() {
        Document o = page(server, "/ontology");
        assertTrue(o.text().contains("会议通稿知识图谱本体"));
    }
}

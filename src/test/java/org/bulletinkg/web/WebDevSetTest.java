package org.bulletinkg.web;

import static org.bulletinkg.web.WebFixtures.page;
import static org.bulletinkg.web.WebFixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.bulletinkg.serve.KgServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page of the dev set's graph (10 bulletins of other districts and bodies) renders, and shows what the
 * graph holds: each meeting its body and date, each official the meetings the graph says they took part in,
 * each bulletin every one of its facts marked, each body its meetings.
 */
class WebDevSetTest {
    private static KgServer server;

    @BeforeAll
    static void serve() {
        Assumptions.assumeTrue(java.nio.file.Files.isDirectory(WebFixtures.DEV),
                "the shared dev set is not at " + WebFixtures.DEV);
        server = WebFixtures.serve(WebFixtures.dev());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void everyMeetingPageShowsItsBodyDateAndChair() {
        List<Map<String, String>> meetings = select("""
                PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
                PREFIX schema: <https://schema.org/>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                SELECT ?m (SAMPLE(?d) AS ?date) (SAMPLE(?c) AS ?chair) (SAMPLE(?b) AS ?body) WHERE {
                  ?m a bkg:Meeting ; bkg:bodyName ?b .
                  OPTIONAL { ?m schema:startDate ?d } OPTIONAL { ?m bkg:chair/foaf:name ?c }
                } GROUP BY ?m""");
        assertTrue(meetings.size() >= 10, "the dev set reports at least 10 meetings, saw " + meetings.size());
        for (Map<String, String> m : meetings) {
            Document p = page(server, path(m.get("m")));
            String summary = p.select("#meeting-summary").text();
            assertTrue(summary.contains(m.get("body")), m.get("m") + ": " + summary);
            if (m.containsKey("date"))
                assertTrue(p.select("#meeting-date").text().startsWith(m.get("date")), m.get("m"));
            if (m.containsKey("chair"))
                assertTrue(p.select("section.role").text().contains(m.get("chair")), m.get("m") + " chair " + m.get("chair"));
        }
    }

    @Test
    void everyChairsPageListsTheMeetingsTheyChaired() {
        List<Map<String, String>> chairs = select("""
                PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                SELECT ?p (SAMPLE(?n) AS ?name) (COUNT(DISTINCT ?m) AS ?chaired) WHERE {
                  ?m bkg:chair ?p . ?p foaf:name ?n } GROUP BY ?p""");
        assertFalse(chairs.isEmpty());
        for (Map<String, String> c : chairs) {
            Document p = page(server, path(c.get("p")));
            assertEquals(c.get("name"), p.selectFirst("h1").text());
            assertTrue(p.select("#participations").text().contains("主持人"), c.get("p"));
            assertTrue(p.selectFirst("h2:contains(参加的会议)").text().contains("主持 chaired " + c.get("chaired")),
                    p.selectFirst("h2:contains(参加的会议)").text());
        }
    }

    @Test
    void everyBulletinPageMarksAllItsFacts() {
        List<Map<String, String>> bulletins = select("""
                PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
                SELECT ?b (COUNT(DISTINCT ?ev) AS ?facts) WHERE {
                  ?b a bkg:Bulletin . OPTIONAL { ?s bkg:extractedFrom ?b . ?ev bkg:inSentence ?s }
                } GROUP BY ?b""");
        assertEquals(10, bulletins.size());
        for (Map<String, String> b : bulletins) {
            Document p = page(server, path(b.get("b")));
            int facts = p.select("#facts tr").size() - 1;
            assertEquals(Integer.parseInt(b.get("facts")), facts, b.get("b"));
            if (facts > 0)
                assertFalse(p.select("#bulletin-text mark").isEmpty(), b.get("b"));
        }
    }

    @Test
    void everyBodyPageListsItsMeetingsAndEveryOtherPageRenders() {
        List<Map<String, String>> things = select("""
                PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT DISTINCT ?x ?kind WHERE {
                  { ?m schema:organizer ?x BIND ("body" AS ?kind) }
                  UNION { ?b bkg:mentionsPlace ?x BIND ("place" AS ?kind) }
                  UNION { ?b bkg:mentionsStrategy ?x BIND ("strategy" AS ?kind) }
                  UNION { ?m bkg:reviewedDocument ?x BIND ("document" AS ?kind) }
                }""");
        assertTrue(things.size() > 20, "bodies, places, strategies and documents: " + things.size());
        for (Map<String, String> t : things) {
            Document p = page(server, path(t.get("x")));
            assertFalse(p.selectFirst("h1").text().isBlank(), t.get("x"));
            switch (t.get("kind")) {
                case "body" -> assertFalse(p.select("table.series tr").isEmpty(), t.get("x"));
                case "strategy" -> assertTrue(p.select("svg.months rect").size() >= 1, t.get("x"));
                case "document" -> assertFalse(p.select("#reviews li").isEmpty(), t.get("x"));
                case "place" -> assertTrue(p.select("p.kind").text().contains("地点"), t.get("x"));
                default -> throw new AssertionError(t);
            }
        }
    }

    @Test
    void theHomePageCountsTheDevSet() {
        Document home = page(server, "/explore/");
        assertTrue(home.select("ul.counts").text().contains("10 通稿"), home.select("ul.counts").text());
        for (Element a : home.select("#latest-meetings a"))
            assertEquals(200, WebFixtures.get(WebFixtures.root(server) + a.attr("href"), "text/html").statusCode());
    }

    private static List<Map<String, String>> select(String query) {
        HttpResponse<String> r = WebFixtures.get(server.endpointUrl() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonArray bindings = JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("results")
                .getAsJsonArray("bindings");
        List<Map<String, String>> out = new ArrayList<>();
        for (var b : bindings) {
            JsonObject o = b.getAsJsonObject();
            Map<String, String> row = new java.util.HashMap<>();
            for (String k : o.keySet())
                row.put(k, o.getAsJsonObject(k).get("value").getAsString());
            out.add(row);
        }
        return out;
    }
}

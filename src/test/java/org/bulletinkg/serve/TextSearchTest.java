package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese full-text search on the samples plus one bulletin about city planning: 科学城 finds what is
 * said about 中关村科学城 and nothing that merely shares a character with it (城市规划, 学习贯彻), as a
 * character-by-character index would.
 */
class TextSearchTest {
    private static final String ID = "https://w3id.org/bulletin-kg/id/";
    private static final String SEED_174 = ID + "bulletin/000_3d9549ab54ff64b8";
    private static final String SEED_182 = ID + "bulletin/003_ca2f55d3ce4eb9e6";
    private static final String PLANNING = ID + "bulletin/900_city-planning";

    @TempDir
    static Path dir;
    private static KgServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(inputs.resolve("900_city-planning.txt"), """
                区政府召开常务会议研究城市规划工作
                5月6日，区政府召开第12次常务会议，研究城市规划管理工作。区长王明主持会议。
                会议要求，各部门要认真学习贯彻市委全会精神，做好城市规划和建设管理工作。
                """);
        SampleDatabase.build(dir.resolve("db"), List.of(SampleDatabase.SAMPLES, inputs), 3);
        server = KgServer.builder().database(dir.resolve("db")).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void bulletinsAbout科学城AreFoundAndTheOneAboutCityPlanningIsNot() {
        assertEquals(List.of(SEED_174, SEED_182), TextSearch.subjects(server, "schema:text", "科学城"));
        // The planning bulletin is in the index, and found by its own words.
        assertEquals(List.of(PLANNING), TextSearch.subjects(server, "schema:text", "城市规划"));
        assertTrue(TextSearch.subjects(server, "schema:text", "学习贯彻").contains(PLANNING));
    }

    @Test
    void sentencesAbout科学城AreFoundWithTheWordMarked() {
        List<String> sentences = TextSearch.highlighted(server, "bkg:sentenceText", "科学城");

        assertTrue(sentences.size() >= 4, sentences.toString());
        for (String sentence : sentences) {
            assertTrue(sentence.contains("<em>科学城</em>") || sentence.contains("<em>中关村科学城</em>"), sentence);
            assertFalse(sentence.contains("城市规划"), sentence);
        }
        // 中关村科学城 is cut 中关村|科学城 here and 科学|城 in the other bulletin: both are found.
        assertTrue(sentences.stream().anyMatch(s -> s.contains("积极谋划中关村<em>科学城</em>建设发展工作")), sentences.toString());
        assertTrue(sentences.stream().anyMatch(s -> s.contains("聚焦中关村<em>科学城</em>，创新实施")), sentences.toString());
    }

    @Test
    void matchesKnowTheirGraph() {
        assertEquals(List.of(ID + "graph/000_3d9549ab54ff64b8", ID + "graph/003_ca2f55d3ce4eb9e6"),
                TextSearch.graphs(server, "schema:text", "科学城"));
    }

    @Test
    void namesAndLabelsAreSearchable() {
        assertTrue(TextSearch.subjects(server, "rdfs:label", "科学城").contains(ID + "place/zhongguancun-kexuecheng"),
                "places of the ontology are indexed too");
        assertEquals(List.of(ID + "person/yu-jun-624d"), TextSearch.subjects(server, "foaf:name", "于军"));
        assertEquals(List.of(ID + "document/37accafc0ee9"), TextSearch.subjects(server, "dcterms:title", "固定资产投资"));
        assertEquals(List.of(ID + "strategy/liu-wen"), TextSearch.subjects(server, "skos:prefLabel", "六稳"));
    }
}

package org.bulletinkg.serve;

import static org.bulletinkg.serve.SparqlHttp.SPARQL_UPDATE;
import static org.bulletinkg.serve.SparqlHttp.TURTLE;
import static org.bulletinkg.serve.TestDatabase.COUNT_QUADS;
import static org.bulletinkg.serve.TestDatabase.MEETING_1;
import static org.bulletinkg.serve.TestDatabase.MEETING_2;
import static org.bulletinkg.serve.TestDatabase.SELECT_LABELS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgServerReadOnlyTest {
    private static final String INSERT =
            "INSERT DATA { GRAPH <http://example.org/kg/bulletin/x> { <http://example.org/kg/x> <http://example.org/kg/p> \"injected\" } }";
    private static final String TURTLE_BODY = "<http://example.org/kg/x> <http://example.org/kg/p> \"uploaded\" .";

    @TempDir
    Path dir;
    private KgServer server;

    @BeforeEach
    void start() {
        TestDatabase.create(dir);
        server = KgServer.builder().database(dir).port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void queryWithoutGraphClauseSeesTheNamedGraphs() {
        HttpResponse<String> response = SparqlHttp.query(server.endpointUrl(), SELECT_LABELS);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(MEETING_1, MEETING_2), SparqlHttp.column(response, "m"));
        assertEquals(List.of("国务院常务会议 第一次", "国务院常务会议 第二次"), SparqlHttp.column(response, "label"));
    }

    @Test
    void queryAnswersOnEveryQueryUrlByGetAndPost() {
        for (String url : List.of(server.endpointUrl(), server.datasetUrl() + "/query", server.datasetUrl())) {
            assertEquals(2, SparqlHttp.column(SparqlHttp.query(url, SELECT_LABELS), "m").size(), "GET " + url);
            assertEquals(2, SparqlHttp.column(SparqlHttp.queryByPost(url, SELECT_LABELS), "m").size(), "POST " + url);
        }
    }

    @Test
    void urlsNameTheBoundAddressAndChosenPort() {
        assertTrue(server.port() > 0, "a free port was chosen");
        assertEquals("127.0.0.1", server.host());
        assertEquals("http://127.0.0.1:" + server.port() + "/kg/sparql", server.endpointUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.uiUrl());
    }

    @Test
    void uiIndexPageIsServedAtRoot() {
        HttpResponse<String> response = SparqlHttp.get(server.uiUrl());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                response.headers().toString());
        assertTrue(response.body().contains("Fuseki"), response.body());

        // The page's script comes out of the jena-fuseki-ui jar too.
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(response.body());
        assertTrue(script.find(), response.body());
        HttpResponse<String> js = SparqlHttp.get(server.uiUrl() + script.group(1));
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"), js.headers().toString());
    }

    @Test
    void endpointsTheUiReadsAnswer() {
        assertEquals(200, SparqlHttp.get(server.uiUrl() + "$/ping").statusCode());

        HttpResponse<String> serverInfo = SparqlHttp.get(server.uiUrl() + "$/server");
        assertEquals(200, serverInfo.statusCode());
        assertTrue(serverInfo.body().contains("\"/kg\""), "the dataset is listed: " + serverInfo.body());

        assertEquals(200, SparqlHttp.get(server.uiUrl() + "$/stats/kg").statusCode());
        assertEquals(200, SparqlHttp.get(server.uiUrl() + "$/tasks").statusCode());
    }

    @Test
    void datasetAdministrationIsAbsent() {
        assertClientError(SparqlHttp.get(server.uiUrl() + "$/datasets"));
        assertClientError(SparqlHttp.post(server.uiUrl() + "$/datasets", "application/x-www-form-urlencoded",
                "dbName=other&dbType=mem", null));
        assertClientError(SparqlHttp.post(server.uiUrl() + "$/backup/kg", TURTLE, "", null));
        assertClientError(SparqlHttp.post(server.uiUrl() + "$/compact/kg", TURTLE, "", null));
    }

    @Test
    void updatesAndUploadsAreRefusedAndChangeNothing() {
        String before = quadCount();

        assertClientError(SparqlHttp.post(server.datasetUrl() + "/update", SPARQL_UPDATE, INSERT, null));
        assertClientError(SparqlHttp.post(server.endpointUrl(), SPARQL_UPDATE, INSERT, null));
        assertClientError(SparqlHttp.post(server.datasetUrl(), SPARQL_UPDATE, INSERT, null));
        assertClientError(SparqlHttp.post(server.endpointUrl(), "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8), null));
        String graph = SparqlHttp.graphParam("http://example.org/kg/bulletin/x");
        assertClientError(SparqlHttp.put(server.datasetUrl() + "/data" + graph, TURTLE, TURTLE_BODY, null));
        assertClientError(SparqlHttp.post(server.datasetUrl() + "/data" + graph, TURTLE, TURTLE_BODY, null));
        assertClientError(SparqlHttp.put(server.datasetUrl() + "/get" + graph, TURTLE, TURTLE_BODY, null));
        assertClientError(SparqlHttp.put(server.datasetUrl() + graph, TURTLE, TURTLE_BODY, null));
        assertClientError(SparqlHttp.post(server.datasetUrl() + graph, TURTLE, TURTLE_BODY, null));
        assertClientError(SparqlHttp.post(server.datasetUrl() + "/upload", TURTLE, TURTLE_BODY, null));

        assertEquals(before, quadCount());
        assertEquals("2", before);
    }

    @Test
    void writesAreForbiddenAsOnAStockServerWithoutPasswordFile() {
        String insert = "INSERT DATA { GRAPH <" + TestDatabase.EX + "bulletin/x> { <" + TestDatabase.EX
                + "meeting/x> <" + TestDatabase.LABEL + "> \"国务院常务会议 第三次\"@zh } }";
        String graph = SparqlHttp.graphParam(TestDatabase.EX + "bulletin/x");

        assertEquals(403, SparqlHttp.post(server.updateUrl(), SPARQL_UPDATE, insert, null).statusCode());
        assertEquals(403, SparqlHttp.put(server.datasetUrl() + "/data" + graph, TURTLE, TURTLE_BODY, null).statusCode());
        assertEquals(403, SparqlHttp.post(server.datasetUrl() + "/data" + graph, TURTLE, TURTLE_BODY, null).statusCode());
        // Without a password file there is no one to log in as.
        assertEquals(403, SparqlHttp.post(server.updateUrl(), SPARQL_UPDATE, insert, "editor:s3cret").statusCode());

        assertEquals("2", quadCount());
        assertEquals(List.of(MEETING_1, MEETING_2), TextSearch.subjects(server, "rdfs:label", "国务院"),
                "the full-text index is unchanged too");
    }

    @Test
    void graphsCanBeReadThroughTheGraphStore() {
        HttpResponse<String> response = SparqlHttp.get(server.datasetUrl() + "/get"
                + SparqlHttp.graphParam(TestDatabase.BULLETIN_1));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("第一次"), response.body());
    }

    private String quadCount() {
        HttpResponse<String> response = SparqlHttp.query(server.endpointUrl(), COUNT_QUADS);
        assertEquals(200, response.statusCode(), response.body());
        return SparqlHttp.column(response, "n").get(0);
    }

    static void assertClientError(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500,
                response.request().method() + " " + response.request().uri() + " gave " + status);
    }
}

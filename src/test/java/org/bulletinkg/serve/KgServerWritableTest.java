package org.bulletinkg.serve;

import static org.bulletinkg.serve.KgServerReadOnlyTest.assertClientError;
import static org.bulletinkg.serve.SparqlHttp.SPARQL_UPDATE;
import static org.bulletinkg.serve.SparqlHttp.TURTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgServerWritableTest {
    private static final String EDITOR = "editor:s3cret";
    private static final String ADDED = TestDatabase.EX + "meeting/added";
    private static final String INSERT =
            "INSERT DATA { GRAPH <" + TestDatabase.EX + "bulletin/added> { <" + ADDED + "> <" + TestDatabase.LABEL + "> \"新增\" } }";
    private static final String SELECT_ADDED =
            "SELECT ?label WHERE { <" + ADDED + "> <" + TestDatabase.LABEL + "> ?label }";

    @TempDir
    Path dir;
    private KgServer server;

    @BeforeEach
    void start() {
        TestDatabase.create(dir);
        server = KgServer.builder().database(dir).port(0).credentials("editor", "s3cret").build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void updateWithoutLoginIsChallenged() {
        HttpResponse<String> response = SparqlHttp.post(server.updateUrl(), SPARQL_UPDATE, INSERT, null);

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                response.headers().toString());
        assertEquals(List.of(), added());
    }

    @Test
    void updateWithWrongPasswordOrOtherUserIsRefused() {
        assertEquals(401, SparqlHttp.post(server.updateUrl(), SPARQL_UPDATE, INSERT, "editor:wrong").statusCode());
        assertEquals(401, SparqlHttp.post(server.updateUrl(), SPARQL_UPDATE, INSERT, "someone:s3cret").statusCode());
        assertEquals(List.of(), added());
    }

    @Test
    void updateWithLoginChangesTheGraph() {
        HttpResponse<String> response = SparqlHttp.post(server.updateUrl(), SPARQL_UPDATE, INSERT, EDITOR);

        assertEquals(2, response.statusCode() / 100, "gave " + response.statusCode() + ": " + response.body());
        assertEquals(List.of("新增"), added());
    }

    @Test
    void graphStoreWritesNeedTheLogin() {
        String url = server.datasetUrl() + "/data" + SparqlHttp.graphParam(TestDatabase.EX + "bulletin/added");
        String body = "<" + ADDED + "> <" + TestDatabase.LABEL + "> \"上传\" .";

        assertEquals(401, SparqlHttp.put(url, TURTLE, body, null).statusCode());
        assertEquals(List.of(), added());

        int status = SparqlHttp.put(url, TURTLE, body, EDITOR).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "PUT with login gave " + status);
        assertEquals(List.of("上传"), added());
    }

    @Test
    void queriesStayOpenAndUpdatesStayOffTheQueryEndpoint() {
        assertEquals(2, SparqlHttp.column(SparqlHttp.query(server.endpointUrl(), TestDatabase.SELECT_LABELS), "m").size());
        assertEquals(200, SparqlHttp.get(server.uiUrl()).statusCode());

        // Even with the right login, writes go only to /kg/update and /kg/data.
        assertClientError(SparqlHttp.post(server.endpointUrl(), SPARQL_UPDATE, INSERT, EDITOR));
        assertClientError(SparqlHttp.post(server.datasetUrl(), SPARQL_UPDATE, INSERT, EDITOR));
        assertEquals(List.of(), added());
    }

    @Test
    void reportsItselfWritable() {
        assertTrue(server.isWritable());
        assertEquals("http://127.0.0.1:" + server.port() + "/kg/update", server.updateUrl());
    }

    @Test
    void credentialsAreNeverPrinted() {
        assertFalse(new Credentials("editor", "s3cret").toString().contains("s3cret"));
    }

    private List<String> added() {
        HttpResponse<String> response = SparqlHttp.query(server.endpointUrl(), SELECT_ADDED);
        assertEquals(200, response.statusCode(), response.body());
        return SparqlHttp.column(response, "label");
    }
}

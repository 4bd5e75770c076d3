package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.bulletinkg.cli.Pipeline;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runaway query is cut at the server's result limit; smaller limits and ASK are left alone. */
class ResultLimitTest {

    private static int rows(HttpClient http, String endpoint, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
        var json = JsonParser.parseString(res.body()).getAsJsonObject();
        if (json.has("boolean")) {
            return json.get("boolean").getAsBoolean() ? 1 : 0;
        }
        return json.getAsJsonObject("results").getAsJsonArray("bindings").size();
    }

    @Test
    void queriesAreCutAtTheLimit(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Pipeline.build(List.of(Path.of("samples")), null, store, false, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()));
        }
        try (KgServer server = KgServer.builder().database(db).port(0).resultLimit(7).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(7, rows(http, server.endpointUrl(), "SELECT * WHERE { ?s ?p ?o }"));
            assertEquals(7, rows(http, server.endpointUrl(), "SELECT * WHERE { ?s ?p ?o } LIMIT 1000"));
            assertEquals(3, rows(http, server.endpointUrl(), "SELECT * WHERE { ?s ?p ?o } LIMIT 3"));
            assertEquals(1, rows(http, server.endpointUrl(), "ASK { ?s ?p ?o }"));
            assertEquals(1, rows(http, server.endpointUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
            // FROM names a graph of the dataset; it never loads a file
            assertEquals(0, rows(http, server.endpointUrl(), "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"));
            // no SERVICE calls to other hosts (here: itself)
            HttpResponse<String> service = http.send(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(
                            "SELECT * WHERE { SERVICE <" + server.endpointUrl() + "> { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(true, service.statusCode() >= 400, "SERVICE answered " + service.statusCode() + ": " + service.body());
        }
    }
}

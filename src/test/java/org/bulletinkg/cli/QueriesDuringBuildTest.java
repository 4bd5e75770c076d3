package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletinkg.serve.KgServer;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server keeps answering while a build writes, and every answer sees a consistent snapshot: each
 * bulletin graph either absent or whole (TDB2: one writer, many readers, each in its own transaction).
 */
class QueriesDuringBuildTest {
    /** Triples per graph, the gazetteer's aside (42,000 divisions that no build changes). */
    private static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
            + " FILTER(?g != <" + Tdb2Store.GAZETTEER_GRAPH + ">) } GROUP BY ?g";

    private static Map<String, Integer> counts(HttpClient http, String endpoint) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNTS, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
        JsonArray rows = JsonParser.parseString(res.body()).getAsJsonObject().getAsJsonObject("results")
                .getAsJsonArray("bindings");
        Map<String, Integer> out = new HashMap<>();
        for (JsonElement r : rows) {
            out.put(r.getAsJsonObject().getAsJsonObject("g").get("value").getAsString(),
                    r.getAsJsonObject().getAsJsonObject("n").get("value").getAsInt());
        }
        return out;
    }

    @Test
    void answersDuringAnIncrementalBuildAreConsistent(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Path dev = Path.of("src/test/resources/parse/dev");
        Map<String, Integer> full;
        Tdb2Store store = Tdb2Store.open(db);
        TestBuilds.build(store, List.of(dev), null);
        try (KgServer server = KgServer.builder().database(db).port(0).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            full = counts(http, server.endpointUrl());
            assertTrue(full.size() >= 10, full.toString());
            AtomicBoolean done = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 3; i++) {
                        TestBuilds.build(store, List.of(dev), null);
                    }
                } finally {
                    done.set(true);
                }
            });
            writer.start();
            int answered = 0;
            while (!done.get() || answered == 0) {
                Map<String, Integer> now = counts(http, server.endpointUrl());
                for (Map.Entry<String, Integer> e : now.entrySet()) {
                    assertEquals(full.get(e.getKey()), e.getValue(), "graph " + e.getKey() + " seen half written");
                }
                assertEquals(full.keySet(), now.keySet(), "a graph was missing in a snapshot");
                answered++;
            }
            writer.join();
            System.out.printf("queries during build: %d answered, all consistent%n", answered);
            assertTrue(answered > 1, "no query ran while the build wrote");
        } finally {
            store.close();
        }
    }
}

package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.bulletinkg.pipeline.Pipeline;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runaway query is cut at the server's result limit; smaller limits and ASK are left alone. */
class ResultLimitTest {

    /** The number of result rows (1 or 0 for ASK). */
    private static int rows(String endpoint, String query) {
        HttpResponse<String> res = SparqlHttp.queryByPost(endpoint, query);
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
            assertEquals(7, rows(server.endpointUrl(), "SELECT * WHERE { ?s ?p ?o }"));
            assertEquals(7, rows(server.endpointUrl(), "SELECT * WHERE { ?s ?p ?o } LIMIT 1000"));
            assertEquals(3, rows(server.endpointUrl(), "SELECT * WHERE { ?s ?p ?o } LIMIT 3"));
            assertEquals(1, rows(server.endpointUrl(), "ASK { ?s ?p ?o }"));
            assertEquals(1, rows(server.endpointUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
            // FROM names a graph of the dataset; it never loads a file
            assertEquals(0, rows(server.endpointUrl(), "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"));
            // no SERVICE calls to other hosts (here: itself)
            HttpResponse<String> service = SparqlHttp.queryByPost(server.endpointUrl(),
                    "SELECT * WHERE { SERVICE <" + server.endpointUrl() + "> { ?s ?p ?o } }");
            assertEquals(true, service.statusCode() >= 400, "SERVICE answered " + service.statusCode() + ": " + service.body());
        }
    }
}

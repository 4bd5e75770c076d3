package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.bulletinkg.aggregate.Aggregates;
import org.bulletinkg.serve.KgServer;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's whole-graph queries read the aggregate tables each build keeps; their earlier forms, which
 * compute the same from every bulletin's graph, are kept in src/test/resources/aggregates. Both must give the
 * same answer, after a first build and after incremental builds (new bulletins, and a bulletin built again
 * with a different text).
 */
class AggregatesTest {
    private static final Path WHOLE_GRAPH = Path.of("src/test/resources/aggregates");
    private static final Path LIBRARY = Path.of("queries");

    @Test
    void tablesAnswerAsTheWholeGraphQueriesDoAfterEachBuild(@TempDir Path dir) throws IOException {
        Path synth = dir.resolve("synth");
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "synth", "--count", "40", "--seed", "7",
                "--out", synth.toString()));
        Path dev = TestBuilds.devCopies(dir, 1);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            TestBuilds.build(store, List.of(TestBuilds.SAMPLES), null);
            compareAll(store, "after the samples");
            TestBuilds.build(store, List.of(synth), null);
            compareAll(store, "after 40 synthetic bulletins more");
            TestBuilds.build(store, List.of(dev), null);
            compareAll(store, "after the dev bulletins more");
            // one bulletin again, its text cut short: its old facts must leave the tables
            Path one;
            try (Stream<Path> files = Files.list(dev)) {
                one = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            }
            String text = Files.readString(one);
            Files.writeString(one, text.substring(0, text.length() / 3));
            TestBuilds.build(store, List.of(dev), null);
            compareAll(store, "after a bulletin was cut short");
            assertFalse(Aggregates.stale(store.directory()), "the tables are marked fresh after a build");
        }
    }

    @Test
    void aServerStartRefreshesTablesThatABuildLeftOutOfDate(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        long triples;
        try (Tdb2Store store = Tdb2Store.open(db)) {
            TestBuilds.build(store, List.of(TestBuilds.SAMPLES), null);
            triples = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getGraph(Aggregates.GRAPH).size());
            assertTrue(triples > 50, "the samples' tables: " + triples + " triples");
            // as if a build had stopped after storing its bulletins, before refreshing the tables
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().removeGraph(Aggregates.GRAPH));
            Aggregates.markStale(db);
        }
        KgServer server = KgServer.builder().database(db).port(0).build().start();
        try {
            String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Aggregates.GRAPH_IRI + "> { ?s ?p ?o } }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpointUrl()
                            + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("n\r\n" + triples + "\r\n", r.body(), "the tables are whole again once the server has started");
            assertFalse(Aggregates.stale(db), "the marker is cleared");
        } finally {
            server.stop();
        }
    }

    private static void compareAll(Tdb2Store store, String when) throws IOException {
        List<Path> reference;
        try (Stream<Path> files = Files.list(WHOLE_GRAPH)) {
            reference = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertEquals(9, reference.size(), "the whole-graph forms of the nine queries");
        for (Path whole : reference) {
            Path library = LIBRARY.resolve(whole.getFileName());
            List<String> expected = answer(store, Files.readString(whole));
            List<String> actual = answer(store, Files.readString(library));
            assertTrue(!expected.isEmpty(), when + ": " + whole + " has no answer, the comparison would prove little");
            if (!expected.equals(actual)) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(actual);
                List<String> extra = new ArrayList<>(actual);
                extra.removeAll(expected);
                org.junit.jupiter.api.Assertions.fail(when + ": " + library + " differs from its whole-graph form ("
                        + expected.size() + " rows against " + actual.size() + "); missing "
                        + missing.subList(0, Math.min(8, missing.size())) + "; extra " + extra.subList(0, Math.min(8, extra.size())));
            }
        }
    }

    /** The rows, each as its bindings in the query's variable order; sorted, as ties may come in any order. */
    private static List<String> answer(Tdb2Store store, String sparql) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.datasetGraph())).query(sparql)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                List<String> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    StringBuilder row = new StringBuilder();
                    for (String v : vars) {
                        row.append(s.get(v) == null ? "-" : s.get(v).asNode().toString()).append(" | ");
                    }
                    rows.add(row.toString());
                }
                rows.sort(String::compareTo);
                return rows;
            }
        });
    }
}

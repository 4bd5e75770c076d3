package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every query of the library in queries/ runs against the samples' graph, served by the real server
 * (text index included), and gives the answer stored beside it: NAME.tsv for a SELECT (compared term
 * by term, in order when the query orders), NAME.ttl for a CONSTRUCT (compared as graphs).
 * <p>
 * After an intended change, {@code mvn test -Dtest=QueryLibraryTest -Dqueries.update=true} rewrites the
 * answers from the current graph; review them with {@code git diff queries/}.
 */
class QueryLibraryTest {
    static final Path LIBRARY = Path.of("queries");
    private static final boolean UPDATE = Boolean.getBoolean("queries.update");
    private static KgServer server;

    @BeforeAll
    static void serveTheSamples() {
        server = KgServer.builder().database(SampleDatabase.samples()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static List<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(LIBRARY)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void theLibraryHasAtLeastFifteenDocumentedQueries() throws IOException {
        List<Path> queries = queries();
        assertTrue(queries.size() >= 15, "only " + queries.size() + " queries in " + LIBRARY);
        for (Path file : queries) {
            List<String> header = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#"))
                    break;
                header.add(line);
            }
            String text = String.join("\n", header);
            for (String part : List.of("# Question:", "# Parameters:", "# Answer:"))
                assertTrue(text.contains(part), file + ": the header comment lacks \"" + part + "\"");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachQueryGivesTheAnswerStoredBesideIt() throws IOException {
        return queries().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        String sparql = Files.readString(file, StandardCharsets.UTF_8);
        Query query = QueryFactory.create(sparql);
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        if (query.isSelectType()) {
            Path expectedFile = LIBRARY.resolve(name + ".tsv");
            byte[] answer = ask(sparql, "text/tab-separated-values");
            if (UPDATE)
                Files.write(expectedFile, answer);
            assertTrue(Files.exists(expectedFile), "no expected answer " + expectedFile);
            ResultSetRewindable expected = ResultSetMgr.read(Files.newInputStream(expectedFile), Lang.TSV).rewindable();
            ResultSetRewindable actual = ResultSetMgr.read(new ByteArrayInputStream(answer), Lang.TSV).rewindable();
            boolean same = query.hasOrderBy()
                    ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                    : ResultSetCompare.equalsByTerm(expected, actual);
            if (!same) {
                expected.reset();
                actual.reset();
                fail(file + " answered\n" + tsv(actual) + "\nbut " + expectedFile + " says\n" + tsv(expected));
            }
            assertTrue(expected.size() > 0, expectedFile + " is empty: the test would prove little");
        } else if (query.isConstructType() || query.isDescribeType()) {
            Path expectedFile = LIBRARY.resolve(name + ".ttl");
            byte[] answer = ask(sparql, "text/turtle");
            if (UPDATE)
                Files.write(expectedFile, answer);
            assertTrue(Files.exists(expectedFile), "no expected answer " + expectedFile);
            Model expected = RDFDataMgr.loadModel(expectedFile.toString(), Lang.TURTLE);
            Model actual = ModelFactory.createDefaultModel();
            RDFDataMgr.read(actual, new ByteArrayInputStream(answer), Lang.TURTLE);
            assertTrue(expected.size() > 0, expectedFile + " is empty");
            if (!expected.isIsomorphicWith(actual))
                fail(file + " answered a graph that differs from " + expectedFile + "\nmissing: "
                        + expected.difference(actual) + "\nextra: " + actual.difference(expected));
        } else {
            fail(file + ": the library holds SELECT and CONSTRUCT queries only");
        }
    }

    private static byte[] ask(String sparql, String accept) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String tsv(ResultSetRewindable results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, results, Lang.TSV);
        return out.toString(StandardCharsets.UTF_8);
    }
}

package org.bulletinkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.bulletinkg.pipeline.Pipeline;
import org.bulletinkg.serve.KgServer;
import org.bulletinkg.store.Tdb2Store;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Databases built by the real pipeline (the bundled samples; the shared dev set), each built once per test run,
 * and HTTP helpers for the tests that browse them through the real server.
 */
final class WebFixtures {
    static final Path SAMPLES = Path.of("samples");
    static final Path DEV = Path.of(System.getProperty("shared.dir", "../shared")).resolve("eval/dev");
    /** The 174th meeting of Haidian's 区委常委会, the first sample. */
    static final String MEETING_174 = "https://w3id.org/bulletin-kg/id/meeting/cn-110108/qu-wei-chang-wei-hui-0edc/174";
    static final String YU_JUN = "https://w3id.org/bulletin-kg/id/person/yu-jun-624d";

    private static Path samples;
    private static Path dev;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WebFixtures() {
    }

    static synchronized Path samples() {
        if (samples == null)
            samples = build("bulletin-kg-web-samples", List.of(SAMPLES), null, 2);
        return samples;
    }

    static synchronized Path dev() {
        if (dev == null)
            dev = build("bulletin-kg-web-dev", List.of(DEV), DEV.resolve("manifest.json"), 10);
        return dev;
    }

    static KgServer serve(Path db) {
        return KgServer.builder().database(db).port(0).build().start();
    }

    /** The server's root, e.g. http://127.0.0.1:40123 */
    static String root(KgServer server) {
        String ui = server.uiUrl();
        return ui.substring(0, ui.length() - 1);
    }

    /** The local path of an IRI of the graph. */
    static String path(String iri) {
        return "/id/" + iri.substring("https://w3id.org/bulletin-kg/id/".length());
    }

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null)
            b.header("Accept", accept);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page as a browser gets it, parsed; fails unless the status is the expected one. */
    static Document page(KgServer server, String path, int expectedStatus) {
        HttpResponse<String> r = get(root(server) + path, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(expectedStatus, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body(), root(server) + path);
    }

    static Document page(KgServer server, String path) {
        return page(server, path, 200);
    }

    private static Path build(String name, List<Path> inputs, Path manifest, int expected) {
        try {
            Path dir = Files.createTempDirectory(name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            Path db = dir.resolve("db");
            try (Tdb2Store store = Tdb2Store.open(db)) {
                StringWriter err = new StringWriter();
                Pipeline.Report report = Pipeline.build(inputs, manifest, store, false,
                        new PrintWriter(new StringWriter()), new PrintWriter(err));
                assertEquals(0, report.failed(), err.toString());
                assertEquals(expected, report.bulletins());
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}

package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.bulletinkg.serve.ControlHandle;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server in its own process holds the database; {@code build}, {@code query} and the others given the same
 * {@code --db} go through it, the endpoint answers with the new bulletins at once, and killing either process in
 * the middle of such a build leaves whole bulletins that a re-run completes.
 */
class ThroughTheServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String COUNT = "PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?b a bkg:Bulletin }";

    private static Process child(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "org.bulletinkg.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Starts {@code serve} (with {@code more} options) on a free port in a child process; returns once it left its handle. */
    static Process serve(Path db, Path log, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--db", db.toString(), "--port", "0"));
        args.addAll(List.of(more));
        Process p = child(log, args.toArray(String[]::new));
        for (int i = 0; i < 600; i++) {
            Optional<ControlHandle> h = Files.exists(db.resolve(ControlHandle.FILE)) ? ControlHandle.find(db) : Optional.empty();
            if (h.isPresent() && h.get().pid() == p.pid()) {
                return p;
            }
            assertTrue(p.isAlive(), () -> "the server exited: " + read(log));
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new AssertionError("the server left no handle within 60 s: " + read(log));
    }

    /** Waits until the server's log says it runs a command sent to it (a loaded machine may take a while). */
    private static void awaitCommand(Path serverLog) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            if (read(serverLog).contains("running for another process")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server never ran the command: " + read(serverLog));
    }

    static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A query's answer as CSV from the server's endpoint. */
    static String sparql(ControlHandle h, String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(h.url() + "/kg/sparql"))
                .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(query, "UTF-8"))).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static DatasetGraph reference(Path dir, Path corpus) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("reference"))) {
            TestBuilds.build(store, List.of(TestBuilds.SAMPLES), null);
            TestBuilds.build(store, List.of(corpus), null);
            return TestBuilds.snapshot(store);
        }
    }

    private static DatasetGraph contents(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return TestBuilds.snapshot(store);
        }
    }

    @Test
    void commandsOnAServedDatabaseRunInTheServer(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, TestBuilds.run(out, err, "build", TestBuilds.SAMPLES.toString(), "--db", db.toString()), err.toString());
        Process server = serve(db, dir.resolve("serve.log"));
        try {
            ControlHandle h = ControlHandle.find(db).orElseThrow();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db.resolve(ControlHandle.FILE))),
                    "the handle is its user's only");
            assertTrue(sparql(h, COUNT).contains("\n2"), "the samples are served");

            // a relative --manifest and --db, as a user types them, resolve against this process's folder
            out = new StringWriter();
            err = new StringWriter();
            Path manifest = TestBuilds.SHARED.resolve("eval/dev/manifest.json");
            int code = TestBuilds.run(out, err, "build", "--manifest", manifest.toString(), "--db",
                    Path.of("").toAbsolutePath().relativize(db.toAbsolutePath()).toString());
            assertEquals(0, code, out + "\n" + err);
            assertTrue(out.toString().contains("built 10 bulletins"), out.toString());
            assertTrue(sparql(h, COUNT).contains("\n10"), "the endpoint answers with the new bulletins without a restart");

            out = new StringWriter();
            assertEquals(0, TestBuilds.run(out, new StringWriter(), "query", "--db", db.toString(), "-e", COUNT));
            assertTrue(out.toString().contains("| 10 |"), out.toString());
            Path facts = dir.resolve("facts");
            assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "facts", "--db", db.toString(), "--out", facts.toString()));
            try (Stream<Path> files = Files.list(facts)) {
                assertEquals(10, files.count());
            }
            out = new StringWriter();
            assertEquals(0, TestBuilds.run(out, new StringWriter(), "export", "--db", db.toString(), "--format", "nq"));
            assertTrue(out.toString().lines().count() > 1000, "the export streams back through the server");

            // the control endpoint wants the handle's token
            HttpRequest forged = HttpRequest.newBuilder(URI.create(h.url() + "/$/bulletin-kg/run"))
                    .header("Authorization", "Bearer 0000").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"args\":[\"build\",\"/\"],\"cwd\":\"/\"}")).build();
            assertEquals(403, HTTP.send(forged, HttpResponse.BodyHandlers.discarding()).statusCode());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(db.resolve(ControlHandle.FILE)), "a stopped server takes its handle away");
        assertEquals(10, TestBuilds.graphsIn(db).size(), "10 bulletins (the samples are two of the dev set), each once");
    }

    @Test
    void killingTheServerOrTheClientMidBuildLeavesWholeBulletins(@TempDir Path dir) throws Exception {
        Path in = TestBuilds.devCopies(dir, 4);
        DatasetGraph reference = reference(dir, in);

        // the server is killed while it builds for a client
        Path db = dir.resolve("db");
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "build", TestBuilds.SAMPLES.toString(), "--db", db.toString()));
        Process server = serve(db, dir.resolve("serve-1.log"));
        Process client = child(dir.resolve("client-1.log"), "build", in.toString(), "--db", db.toString());
        awaitCommand(dir.resolve("serve-1.log"));
        Thread.sleep(1500);
        server.destroyForcibly();
        server.waitFor();
        assertTrue(client.waitFor(60, TimeUnit.SECONDS), "the client ends when its server is gone");
        assertEquals(1, client.exitValue(), read(dir.resolve("client-1.log")));
        assertTrue(read(dir.resolve("client-1.log")).contains("run the command again"), read(dir.resolve("client-1.log")));
        // the handle of the killed server is stale: the next command notices and runs here
        StringWriter err = new StringWriter();
        assertEquals(0, TestBuilds.run(new StringWriter(), err, "build", in.toString(), "--db", db.toString()), err.toString());
        assertTrue(IsoMatcher.isomorphic(reference, contents(db)), "a re-run after the server was killed converges");

        // the client is killed while the server builds for it: the server finishes the build
        Path db2 = dir.resolve("db2");
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "build", TestBuilds.SAMPLES.toString(), "--db", db2.toString()));
        server = serve(db2, dir.resolve("serve-2.log"));
        try {
            client = child(dir.resolve("client-2.log"), "build", in.toString(), "--db", db2.toString());
            awaitCommand(dir.resolve("serve-2.log"));
            Thread.sleep(1500);
            client.destroyForcibly();
            client.waitFor();
            // a second build waits for the first inside the server, then replaces the same bulletins
            StringWriter out = new StringWriter();
            err = new StringWriter();
            assertEquals(0, TestBuilds.run(out, err, "build", in.toString(), "--db", db2.toString()), out + "\n" + err);
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(IsoMatcher.isomorphic(reference, contents(db2)), "a build whose client was killed, then a re-run, converge");
    }
}

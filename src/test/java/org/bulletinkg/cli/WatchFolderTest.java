package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bulletinkg.serve.ControlHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch DIR} in its own process: the bulletins already in DIR, then each one that arrives, are in
 * the served graph within seconds, and a file written in two parts is read only once whole.
 */
class WatchFolderTest {
    private static final String COUNT = "PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?b a bkg:Bulletin }";

    private static void awaitCount(ControlHandle h, int n, Process server, Path log) throws Exception {
        String last = "";
        for (int i = 0; i < 240; i++) {
            last = ThroughTheServerTest.sparql(h, COUNT).strip();
            if (last.endsWith("\n" + n)) {
                return;
            }
            assertTrue(server.isAlive(), () -> "the server exited: " + ThroughTheServerTest.read(log));
            Thread.sleep(250);
        }
        throw new AssertionError("expected " + n + " bulletins within 60 s, the endpoint says " + last + "\n" + ThroughTheServerTest.read(log));
    }

    @Test
    void bulletinsThatArriveAreBuiltOnceWhole(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Path incoming = Files.createDirectories(dir.resolve("incoming"));
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "build", TestBuilds.SAMPLES.toString(), "--db", db.toString()));
        Files.copy(Path.of("src/test/resources/parse/dev/101_changping-party-standing-103rd.txt"), incoming.resolve("101_changping-party-standing-103rd.txt"));
        Path log = dir.resolve("serve.log");
        Process server = ThroughTheServerTest.serve(db, log, "--watch", incoming.toString());
        try {
            ControlHandle h = ControlHandle.find(db).orElseThrow();
            awaitCount(h, 3, server, log); // the two samples and the file that was there at the start

            // a bulletin written in two parts, a second apart (less than the settle time): read once whole
            Path arriving = incoming.resolve("海淀区委常委会第21次会议.txt");
            Files.writeString(arriving, "海淀区委常委会召开第21次会议\n\n2021年3月5日，区委常委会召开第21次会议，", StandardCharsets.UTF_8);
            Thread.sleep(1000);
            Files.writeString(arriving, "区委书记周明远主持会议。会议研究了城市更新工作，区委副书记林海涛参加会议。\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            awaitCount(h, 4, server, log);
            String chairs = ThroughTheServerTest.sparql(h, "PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                    + "SELECT ?chair WHERE { ?m bkg:sessionNumber 21 ; bkg:chair/foaf:name ?chair }").strip();
            assertEquals(List.of("chair", "周明远"), chairs.lines().toList(), "the meeting as the whole file tells it");
            for (int i = 0; i < 120 && ThroughTheServerTest.read(log).lines().filter(l -> l.contains("watch: built")).count() < 2; i++) {
                Thread.sleep(250); // the line follows the build's last step, the full-text index
            }
            assertEquals(2, ThroughTheServerTest.read(log).lines().filter(l -> l.contains("watch: built 1 bulletins")).count(),
                    "a log line per build, and the file written in two parts built once: " + ThroughTheServerTest.read(log));
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
    }
}

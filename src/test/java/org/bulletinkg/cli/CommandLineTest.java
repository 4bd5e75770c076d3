package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: output, files written and exit codes (0 ok, 1 bad input, 2 usage). */
class CommandLineTest {

    @Test
    void buildQueryFactsRoundTrip(@TempDir Path dir) throws Exception {
        String db = dir.resolve("db").toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, TestBuilds.run(out, err, "build", "samples", "--db", db), err.toString());
        assertTrue(out.toString().contains("built 2 bulletins"), out.toString());

        StringWriter csv = new StringWriter();
        assertEquals(0, TestBuilds.run(csv, err, "query", "--db", db, "--format", "csv", "-e",
                "PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                        + "SELECT ?n ?chair WHERE { ?m bkg:sessionNumber ?n ; bkg:chair/foaf:name ?chair } ORDER BY ?n"));
        assertEquals("n,chair\r\n174,于军\r\n182,于军\r\n", csv.toString());

        Path facts = dir.resolve("facts");
        assertEquals(0, TestBuilds.run(new StringWriter(), err, "facts", "--db", db, "--out", facts.toString()));
        JsonObject f = JsonParser.parseString(Files.readString(facts.resolve("000_3d9549ab54ff64b8.facts.json"),
                StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject meeting = f.getAsJsonArray("meetings").get(0).getAsJsonObject();
        assertEquals("于军", meeting.get("chair").getAsString());
        assertEquals("2020-04-08", meeting.get("date").getAsString());
        assertEquals(174, meeting.get("number").getAsInt());
    }

    @Test
    void missingInputIsBadInputNamingTheFile(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = TestBuilds.run(new StringWriter(), err, "build", dir.resolve("nope").toString(), "--db",
                dir.resolve("db").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("nope"), err.toString());
    }

    @Test
    void badBulletinIsReportedAndTheRestIsBuilt(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestBuilds.SAMPLES.resolve("000_3d9549ab54ff64b8.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TestBuilds.run(out, err, "build", in.toString(), "--db", dir.resolve("db").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("empty.txt"), err.toString());
        assertEquals(1, err.toString().lines().filter(l -> l.startsWith("warning: ") && l.contains("has no manifest.json")).count(),
                "one line says the folder has no manifest: " + err);
        assertTrue(out.toString().contains("built 1 bulletins"), out.toString());
    }

    @Test
    void aDatabaseFolderThatIsAFileOrHoldsOtherFilesIsRefusedAndKept(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        assertEquals(1, TestBuilds.run(new StringWriter(), err, "build", "samples", "--db", notes.toString()));
        assertTrue(err.toString().contains("notes.txt") && err.toString().contains("is a file"), err.toString());
        assertEquals("my notes", Files.readString(notes, StandardCharsets.UTF_8), "the user's file is untouched");
        Path folder = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(folder.resolve("draft.md"), "draft", StandardCharsets.UTF_8);
        StringWriter err2 = new StringWriter();
        assertEquals(1, TestBuilds.run(new StringWriter(), err2, "build", "samples", "--db", folder.toString()));
        assertTrue(err2.toString().contains("papers"), err2.toString());
        assertEquals("draft", Files.readString(folder.resolve("draft.md"), StandardCharsets.UTF_8));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no half-made database left beside them");
        }
        // a TDB2 database that another program made: refused, its data kept
        Path theirs = dir.resolve("theirs");
        org.apache.jena.sparql.core.DatasetGraph other = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(theirs.toString());
        org.apache.jena.graph.Node x = org.apache.jena.graph.NodeFactory.createURI("http://example.org/x");
        org.apache.jena.system.Txn.executeWrite(other, () -> other.getDefaultGraph().add(x, x, x));
        org.apache.jena.tdb2.sys.TDBInternal.expel(other);
        StringWriter err3 = new StringWriter();
        assertEquals(1, TestBuilds.run(new StringWriter(), err3, "build", "samples", "--db", theirs.toString()));
        assertTrue(err3.toString().contains("theirs") && err3.toString().contains("not made by bulletin-kg"), err3.toString());
        org.apache.jena.sparql.core.DatasetGraph again = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(theirs.toString());
        try {
            assertEquals(1L, (long) org.apache.jena.system.Txn.calculateRead(again, () -> (long) again.getDefaultGraph().size()));
            assertTrue(org.apache.jena.system.Txn.calculateRead(again, () -> !again.listGraphNodes().hasNext()), "no graph added");
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(again);
        }
    }

    @Test
    void queryOnMissingDatabaseAndUsageErrors(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(1, TestBuilds.run(new StringWriter(), err, "query", "--db", dir.resolve("none").toString(),
                "-e", "ASK {}"));
        assertTrue(err.toString().contains("no database"), err.toString());
        assertEquals(2, TestBuilds.run(new StringWriter(), new StringWriter(), "query", "--format", "xml", "-e", "ASK {}"));
        assertEquals(2, TestBuilds.run(new StringWriter(), new StringWriter(), "no-such-command"));
        assertEquals(2, TestBuilds.run(new StringWriter(), new StringWriter(), "build"));
    }

    @Test
    void badQueryNamesTheProblem(@TempDir Path dir) throws Exception {
        String db = dir.resolve("db").toString();
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "build", "samples", "--db", db));
        StringWriter err = new StringWriter();
        assertEquals(1, TestBuilds.run(new StringWriter(), err, "query", "--db", db, "-e", "SELECT WHERE {"));
        assertTrue(err.toString().contains("not a valid SPARQL query"), err.toString());
    }
}

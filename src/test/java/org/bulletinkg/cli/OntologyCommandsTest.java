package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.bulletinkg.map.GraphMapper;
import org.bulletinkg.store.Tdb2Store;
import org.bulletinkg.vocab.BKG;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `validate` and `ontology` as a user runs them: output, files and exit codes. */
class OntologyCommandsTest {

    @Test
    void samplesDatabaseConformsAndExitsZero(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        StringWriter err = new StringWriter();
        assertEquals(0, TestBuilds.run(new StringWriter(), err, "build", "samples", "--db", db), err.toString());
        StringWriter out = new StringWriter();
        assertEquals(0, TestBuilds.run(out, err, "validate", "--db", db), out + "\n" + err);
        assertTrue(out.toString().contains("conforms: the graph meets every shape"), out.toString());
    }

    @Test
    void aDatabaseThatBreaksAShapeIsReportedAndExitsOne(@TempDir Path dir) {
        Path db = dir.resolve("db");
        StringWriter err = new StringWriter();
        assertEquals(0, TestBuilds.run(new StringWriter(), err, "build", "samples", "--db", db.toString()), err.toString());
        try (Tdb2Store store = Tdb2Store.openExisting(db)) {
            Node g = GraphMapper.graphOf("000_3d9549ab54ff64b8");
            Node meeting = NodeFactory.createURI("https://w3id.org/bulletin-kg/id/meeting/cn-110108/qu-wei-chang-wei-hui-0edc/174");
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(g, meeting, BKG.sessionNumber.asNode(),
                    NodeFactory.createLiteralDT("999", XSDDatatype.XSDinteger)));
        }
        StringWriter out = new StringWriter();
        Path report = dir.resolve("report.ttl");
        assertEquals(1, TestBuilds.run(out, err, "validate", "--db", db.toString(), "--report", report.toString()));
        assertTrue(out.toString().contains("bkg:sessionNumber"), out.toString());
        assertTrue(out.toString().contains("does not conform: 1 result(s)"), out.toString());
        Model shacl = RDFDataMgr.loadModel(report.toString());
        assertTrue(shacl.contains(null, shacl.createProperty("http://www.w3.org/ns/shacl#conforms"), shacl.createTypedLiteral(false)));
    }

    @Test
    void validateWithoutADatabaseIsAnError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(1, TestBuilds.run(new StringWriter(), err, "validate", "--db", dir.resolve("none").toString()));
        assertTrue(err.toString().contains("no database here"), err.toString());
    }

    @Test
    void devGoldSetConforms(@TempDir Path dir) {
        Path dev = TestBuilds.SHARED.resolve("eval/dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "the shared dev set is beside the worktree");
        String db = dir.resolve("db").toString();
        StringWriter err = new StringWriter();
        assertEquals(0, TestBuilds.run(new StringWriter(), err, "build", dev.toString(), "--manifest",
                dev.resolve("manifest.json").toString(), "--db", db), err.toString());
        StringWriter out = new StringWriter();
        assertEquals(0, TestBuilds.run(out, err, "validate", "--db", db), out.toString());
    }

    @Test
    void ontologyCommandWritesExportsAndThePage(@TempDir Path dir) throws Exception {
        Path docs = dir.resolve("docs");
        StringWriter out = new StringWriter();
        assertEquals(0, TestBuilds.run(out, new StringWriter(), "ontology", "--out", docs.toString()));
        for (String f : List.of("index.html", "bulletin-kg.ttl", "bulletin-kg.owl", "bulletin-kg.jsonld", "bulletin-kg.nt",
                "shapes.ttl", "strategies.rdf", "places.jsonld", "schemes.nt")) {
            assertTrue(Files.size(docs.resolve(f)) > 0, f);
        }
        assertTrue(out.toString().contains("wrote 21 files"), out.toString());
        assertTrue(Files.readString(docs.resolve("index.html")).contains("id=\"Meeting\""));
    }
}

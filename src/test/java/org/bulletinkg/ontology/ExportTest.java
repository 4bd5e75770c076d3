package org.bulletinkg.ontology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each export (RDF/XML, JSON-LD, N-Triples) is isomorphic to its Turtle source: those written here into a
 * temporary folder, and those the Maven build wrote into target/ontology/.
 */
class ExportTest {

    private static void assertExportsMatchSources(Path dir) throws Exception {
        for (String source : OntologyFiles.ALL) {
            Graph expected = OntologyFiles.load(source).getGraph();
            assertArrayEquals(OntologyFiles.bytes(source), Files.readAllBytes(dir.resolve(source)),
                    source + " is copied as written, comments included");
            for (OntologyExport.Format f : OntologyExport.Format.values()) {
                Path file = dir.resolve(f.fileName(source));
                assertTrue(Files.size(file) > 0, file + " is empty");
                Graph actual = RDFDataMgr.loadGraph(file.toUri().toString());
                assertEquals(expected.size(), actual.size(), file.toString());
                assertTrue(actual.isIsomorphicWith(expected), file + " is not isomorphic to " + source);
            }
        }
    }

    @Test
    void exportsAreIsomorphicToTheTurtleSources(@TempDir Path dir) throws Exception {
        List<Path> written = OntologyExport.writeAll(dir);
        assertEquals(OntologyFiles.ALL.size() * (1 + OntologyExport.Format.values().length) + 1, written.size());
        assertExportsMatchSources(dir);
        assertEquals("bulletin-kg.owl", OntologyExport.Format.RDF_XML.fileName(OntologyFiles.ONTOLOGY));
    }

    @Test
    void exportsOfTheBuildAreIsomorphicToTheTurtleSources() throws Exception {
        // Set by the pom for surefire: the folder the process-classes phase wrote.
        String built = System.getProperty("ontology.exports");
        if (built == null) {
            return; // run outside Maven: the first test covers the generator
        }
        assertExportsMatchSources(Path.of(built));
        assertTrue(Files.isRegularFile(Path.of(built).resolve(OntologyExport.PAGE)));
    }
}

package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.bulletinkg.store.TextIndexDefinition;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;
import org.junit.jupiter.api.Test;

/** fuseki/config.ttl: the file `serve` loads is the one in the project, and it keeps writes closed. */
class ServerConfigurationTest {
    private static final Path PROJECT_FILE = Path.of("fuseki", "config.ttl");
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final Property OPERATION = ResourceFactory.createProperty(FUSEKI + "operation");
    private static final Property ENDPOINT = ResourceFactory.createProperty(FUSEKI + "endpoint");
    private static final Set<String> READ_OPERATIONS = Set.of(FUSEKI + "query", FUSEKI + "gsp-r");

    @Test
    void theProgramCarriesTheProjectsFileUnchanged() throws IOException {
        try (InputStream bundled = getClass().getClassLoader().getResourceAsStream(TextIndexDefinition.CONFIG_RESOURCE)) {
            assertNotNull(bundled, TextIndexDefinition.CONFIG_RESOURCE + " is not on the classpath");
            assertEquals(Files.readString(PROJECT_FILE), new String(bundled.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyEndpointThatWritesNeedsALoginAndNoQueryEndpointDoes() {
        Model config = TextIndexDefinition.configuration();
        List<Resource> endpoints = config.listObjectsOfProperty(ENDPOINT).mapWith(RDFNode::asResource).toList();
        assertTrue(endpoints.size() >= 4, "endpoints: " + endpoints);
        for (Resource endpoint : endpoints) {
            String operation = endpoint.getPropertyResourceValue(OPERATION).getURI();
            boolean guarded = endpoint.hasProperty(FusekiVocab.pAllowedUsers);
            assertEquals(!READ_OPERATIONS.contains(operation), guarded, operation + " at " + endpoint.getProperty(FusekiVocab.pEndpointName));
        }
        assertFalse(config.contains(null, FusekiVocab.pServiceUpdateEP), "no old-style open update endpoint");
        assertFalse(config.contains(null, FusekiVocab.pServiceUploadEP), "no upload endpoint");
        assertFalse(config.contains(null, FusekiVocab.pServiceReadWriteGraphStoreEP), "no old-style open graph store");
    }

    @Test
    void theIndexCoversBulletinTextSentencesAndLabels() {
        Model config = TextIndexDefinition.configuration();
        Set<Node> indexed = new HashSet<>();
        config.listObjectsOfProperty(TextVocab.pPredicate).forEachRemaining(n -> indexed.add(n.asNode()));
        for (Node p : List.of(Vocab.schemaText, BKG.sentenceText.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(),
                DCTerms.title.asNode(), Vocab.foafName))
            assertTrue(indexed.contains(p), p + " is not indexed");
    }

    @Test
    void aDatabaseAndTimeoutTakeThePlaceOfTheFilesOwn() {
        Path db = Path.of("some", "db").toAbsolutePath();
        Model config = ServerConfiguration.forDatabase(db, Duration.ofSeconds(7));

        assertEquals(List.of(db.toString()), strings(config, VocabTDB2.pLocation));
        assertEquals(List.of(db.resolve("text").toString()), strings(config, TextVocab.pDirectory));
        assertTrue(strings(config, JA.cxtValue).contains("7000"), strings(config, JA.cxtValue).toString());
        assertTrue(strings(config, JA.cxtValue).contains("false"), "SERVICE calls stay off");
        assertEquals(List.of("data"), strings(TextIndexDefinition.configuration(), VocabTDB2.pLocation),
                "the file itself names the folder `build` writes by default");
    }

    private static List<String> strings(Model config, Property property) {
        return config.listObjectsOfProperty(property).mapWith(n -> n.asLiteral().getLexicalForm()).toList();
    }
}

package org.bulletinkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.bulletinkg.vocab.BKG;
import org.junit.jupiter.api.Test;

/**
 * Every ontology file parses, and the OWL ontology is documented and closed: each of its classes and properties
 * has labels in Chinese and English and comments, each property a domain and a range, and every term it refers
 * to is declared (a misspelt bkg: term in a domain fails here, not in a user's query).
 */
class OntologyFilesTest {
    private static final Set<Resource> KINDS = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty);

    private static List<Resource> ownTerms(Model m) {
        List<Resource> out = new ArrayList<>();
        for (Resource k : KINDS) {
            m.listSubjectsWithProperty(RDF.type, k).filterKeep(r -> r.getURI().startsWith(BKG.NS)).forEachRemaining(out::add);
        }
        return out;
    }

    private static boolean hasLiteral(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        return r.listProperties(p).toList().stream()
                .anyMatch(s -> s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(lang)
                        && !s.getString().isBlank());
    }

    @Test
    void everyFileParsesAndHoldsStatements() {
        for (String f : OntologyFiles.ALL) {
            assertTrue(OntologyFiles.load(f).size() > 20, f);
        }
    }

    @Test
    void filesLoadedIntoTheDatabaseHaveNoBlankNodes() {
        // The database loads these on every build; blank nodes would give it different nodes each time.
        for (String f : List.of(OntologyFiles.ONTOLOGY, OntologyFiles.SCHEMES, OntologyFiles.STRATEGIES, OntologyFiles.PLACES)) {
            Model m = OntologyFiles.load(f);
            List<Statement> anon = m.listStatements().filterKeep(s -> s.getSubject().isAnon() || s.getObject().isAnon()).toList();
            assertEquals(List.of(), anon, f);
        }
    }

    @Test
    void everyOwnTermHasLabelsCommentsDomainAndRange() {
        Model m = OntologyFiles.load(OntologyFiles.ONTOLOGY);
        List<Resource> terms = ownTerms(m);
        assertTrue(terms.size() > 50, "terms found: " + terms.size());
        List<String> problems = new ArrayList<>();
        for (Resource r : terms) {
            for (String lang : List.of("zh", "en")) {
                if (!hasLiteral(r, RDFS.label, lang)) {
                    problems.add(r.getLocalName() + " lacks rdfs:label@" + lang);
                }
                if (!hasLiteral(r, RDFS.comment, lang)) {
                    problems.add(r.getLocalName() + " lacks rdfs:comment@" + lang);
                }
            }
            boolean property = r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty);
            if (property && (!r.hasProperty(RDFS.domain) || !r.hasProperty(RDFS.range))) {
                problems.add(r.getLocalName() + " lacks a domain or a range");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTermTheOntologyRefersToIsDeclared() {
        Model m = OntologyFiles.load(OntologyFiles.ONTOLOGY);
        List<String> undeclared = new ArrayList<>();
        for (var p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.disjointWith, OWL.inverseOf)) {
            for (Statement s : m.listStatements(null, p, (RDFNode) null).toList()) {
                for (Resource r : List.of(s.getSubject(), s.getObject().asResource())) {
                    boolean datatype = r.getURI().startsWith(XSD.NS) || r.equals(RDF.langString);
                    boolean declared = KINDS.stream().anyMatch(k -> r.hasProperty(RDF.type, k));
                    if (!datatype && !declared && !undeclared.contains(r.getURI())) {
                        undeclared.add(r.getURI());
                    }
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void theOntologyUsesNoReservedClassOutsideOwl2Dl() {
        Model m = OntologyFiles.load(OntologyFiles.ONTOLOGY);
        assertFalse(m.contains(null, RDFS.subClassOf, RDF.Statement), "rdf:Statement as a superclass leaves OWL 2 DL");
    }
}

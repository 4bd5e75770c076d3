package org.bulletinkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary classes and the ontology agree, read by reflection over the constants: a term in code that
 * ontology/bulletin-kg.ttl lacks (or declares as the other kind) fails the build, and so does a term of the
 * ontology that vocab.BKG lacks.
 */
class BkgVocabularyTest {
    private static final Model ONTOLOGY = OntologyFiles.load(OntologyFiles.ONTOLOGY);

    private static List<Field> constants(Class<?> c, Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && type.isAssignableFrom(f.getType())) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean declaredAs(String iri, Resource... kinds) {
        Resource r = ONTOLOGY.createResource(iri);
        for (Resource k : kinds) {
            if (ONTOLOGY.contains(r, RDF.type, k)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyBkgConstantIsDeclaredInTheOntologyAsItsKind() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Field f : constants(BKG.class, Resource.class)) {
            Resource term = (Resource) f.get(null);
            n++;
            boolean property = term instanceof Property;
            boolean ok = property ? declaredAs(term.getURI(), OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                    : declaredAs(term.getURI(), OWL.Class);
            if (!ok) {
                problems.add("BKG." + f.getName() + " (" + term.getURI() + ") is not declared as "
                        + (property ? "a property" : "a class"));
            }
        }
        assertTrue(n > 40, "constants read: " + n);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTermOfTheOntologyNamespaceHasABkgConstant() throws IllegalAccessException {
        Set<String> inCode = new HashSet<>();
        for (Field f : constants(BKG.class, Resource.class)) {
            inCode.add(((Resource) f.get(null)).getURI());
        }
        List<String> missing = new ArrayList<>();
        ONTOLOGY.listSubjects().filterKeep(r -> r.isURIResource() && r.getURI().startsWith(BKG.NS))
                .forEachRemaining(r -> {
                    if (!inCode.contains(r.getURI())) {
                        missing.add(r.getURI());
                    }
                });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyReusedTermInVocabIsDeclaredInTheOntology() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        for (Field f : constants(Vocab.class, Node.class)) {
            Node term = (Node) f.get(null);
            if (!declaredAs(term.getURI(), OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
                problems.add("Vocab." + f.getName() + " (" + term.getURI() + ")");
            }
        }
        assertEquals(List.of(), problems);
    }
}

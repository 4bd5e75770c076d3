package org.bulletinkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.bulletinkg.vocab.BKG;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documentation page lists every class and property of the ontology with both labels, its comments, domain
 * and range; every reused term, concept and place; and needs nothing from the network to open.
 */
class OntologyPageTest {
    private static Document page;
    private static Model ontology;

    @BeforeAll
    static void render() {
        page = Jsoup.parse(OntologyPage.render());
        ontology = OntologyFiles.load(OntologyFiles.ONTOLOGY);
    }

    private static String label(Resource r, String lang) {
        return r.listProperties(RDFS.label).filterKeep(s -> s.getLanguage().equals(lang)).next().getString();
    }

    @Test
    void everyClassAndPropertyHasItsCardWithLabelsDomainAndRange() {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            for (Resource r : ontology.listSubjectsWithProperty(RDF.type, kind).toList()) {
                if (!r.getURI().startsWith(BKG.NS)) {
                    continue;
                }
                n++;
                Element card = page.getElementById(r.getLocalName());
                if (card == null) {
                    problems.add(r.getLocalName() + ": no card");
                    continue;
                }
                String text = card.text();
                for (String expected : List.of(label(r, "en"), label(r, "zh"), r.getURI())) {
                    if (!text.contains(expected)) {
                        problems.add(r.getLocalName() + ": card lacks " + expected);
                    }
                }
                if (r.hasProperty(RDFS.domain) && !text.contains("Domain")) {
                    problems.add(r.getLocalName() + ": card lacks its domain");
                }
                if (r.hasProperty(RDFS.range) && !text.contains("Range")) {
                    problems.add(r.getLocalName() + ": card lacks its range");
                }
            }
        }
        assertTrue(n > 50, "terms checked: " + n);
        assertEquals(List.of(), problems);
    }

    @Test
    void aPropertyCardLinksItsDomainAndRange() {
        Element chair = page.getElementById("chair");
        assertNotNull(chair);
        assertNotNull(chair.selectFirst("a[href=#Meeting]"), chair.html());
        assertNotNull(chair.selectFirst("a[href=#foaf-Person]"), chair.html());
        assertTrue(chair.text().contains("The person who chaired the meeting"), chair.text());
        assertTrue(chair.text().contains("主持会议的人"), chair.text());
    }

    @Test
    void everyReusedTermConceptAndPlaceIsListed() {
        // Rows (tr with an id) name their term in the first code element, as a prefixed name of its file.
        Set<String> listed = page.select("tr[id]").stream().map(tr -> tr.selectFirst("code"))
                .filter(c -> c != null).map(Element::text).collect(Collectors.toSet());
        List<String> expected = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDFS.isDefinedBy).forEachRemaining(r -> expected.add(ontology.qnameFor(r.getURI())));
        for (String f : List.of(OntologyFiles.SCHEMES, OntologyFiles.STRATEGIES, OntologyFiles.PLACES)) {
            Model m = OntologyFiles.load(f);
            for (Resource type : List.of(SKOS.Concept, BKG.Place)) {
                m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> expected.add(m.qnameFor(r.getURI())));
            }
        }
        assertTrue(expected.size() > 150, "checked: " + expected.size());
        assertEquals(List.of(), expected.stream().filter(q -> !listed.contains(q)).toList());
    }

    @Test
    void opensFromTheFileSystemWithoutTheNetwork() {
        assertTrue(page.select("script[src], link[rel=stylesheet], img[src^=http]").isEmpty());
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
        for (String section : List.of("classes", "object-properties", "datatype-properties", "reused", "schemes",
                "places", "shapes")) {
            assertNotNull(page.getElementById(section), section);
        }
    }
}

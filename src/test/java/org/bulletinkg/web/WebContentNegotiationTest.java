package org.bulletinkg.web;

import static org.bulletinkg.web.WebFixtures.MEETING_174;
import static org.bulletinkg.web.WebFixtures.YU_JUN;
import static org.bulletinkg.web.WebFixtures.get;
import static org.bulletinkg.web.WebFixtures.path;
import static org.bulletinkg.web.WebFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.bulletinkg.serve.KgServer;
import org.bulletinkg.vocab.BKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * /id/... and /ontology answer each client in the form it asks for: the RDF parses, and is the description the
 * SPARQL endpoint gives for the same IRI (its statements, and those pointing at it, evidence records aside).
 */
class WebContentNegotiationTest {
    private static KgServer server;

    @BeforeAll
    static void serve() {
        server = WebFixtures.serve(WebFixtures.samples());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @ParameterizedTest
    @CsvSource({
            "text/turtle, TURTLE, " + MEETING_174,
            "application/ld+json, JSONLD, " + MEETING_174,
            "application/n-triples, NTRIPLES, " + MEETING_174,
            "text/turtle, TURTLE, " + YU_JUN,
            "'application/ld+json;q=1.0, text/html;q=0.5', JSONLD, " + YU_JUN,
            "application/n-triples, NTRIPLES, https://w3id.org/bulletin-kg/id/place/cn-110108",
    })
    void aClientGetsTheDescriptionAsItAsks(String accept, String langName, String iri) {
        HttpResponse<String> r = get(root(server) + path(iri), accept);
        assertEquals(200, r.statusCode(), r.body());
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()),
                r.headers().firstValue("Content-Type").toString());
        assertTrue(r.headers().allValues("Vary").contains("Accept"));
        Graph got = parse(r.body(), lang);
        Graph expected = expectedDescription(iri);
        assertTrue(expected.size() > 0);
        assertTrue(got.isIsomorphicWith(expected), "the description differs from the endpoint's: got "
                + got.size() + " triples, expected " + expected.size());
    }

    @Test
    void theMeetingsDescriptionSaysWhoChairedIt() {
        Graph g = parse(get(root(server) + path(MEETING_174), "text/turtle").body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(MEETING_174), BKG.chair.asNode(), NodeFactory.createURI(YU_JUN)));
    }

    @Test
    void aBrowserGetsThePageAndAFormatParameterGetsRdf() {
        HttpResponse<String> page = get(root(server) + path(MEETING_174),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("于军"));
        HttpResponse<String> ttl = get(root(server) + path(MEETING_174) + "?format=ttl", null);
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(parse(ttl.body(), Lang.TURTLE).size() > 10);
    }

    @Test
    void anUnknownIriIs404AndAnUnofferedFormIs406() {
        assertEquals(404, get(root(server) + "/id/person/nobody-0000", "text/turtle").statusCode());
        assertEquals(404, get(root(server) + "/id/person/nobody-0000", "text/html").statusCode());
        assertEquals(406, get(root(server) + path(MEETING_174), "image/png").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES"})
    void theOntologyIsServedAsRdfToo(String accept, String langName) {
        HttpResponse<String> r = get(root(server) + "/ontology", accept);
        assertEquals(200, r.statusCode());
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        Graph g = parse(r.body(), lang);
        assertTrue(g.contains(BKG.chair.asNode(), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("主持人", "zh")), "bkg:chair with its zh label");
        assertTrue(get(root(server) + "/ontology", "text/html").body().contains("会议通稿知识图谱本体"));
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(g);
        return g;
    }

    /** The same description, asked of the SPARQL endpoint. */
    private static Graph expectedDescription(String iri) {
        String query = """
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                CONSTRUCT { <IRI> ?p ?o . ?s ?q <IRI> }
                WHERE { { <IRI> ?p ?o } UNION { ?s ?q <IRI> FILTER (?q NOT IN (rdf:subject, rdf:object)) } }
                """.replace("IRI", iri);
        HttpResponse<String> r = get(server.endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.NTRIPLES).parse(m);
        Graph g = GraphFactory.createDefaultGraph();
        m.getGraph().find().forEach((Triple t) -> g.add(t));
        return g;
    }
}

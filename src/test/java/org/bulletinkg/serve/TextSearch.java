package org.bulletinkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

/** text:query calls over HTTP, as a notebook or the UI would make them. */
final class TextSearch {
    static final String PREFIXES = """
            PREFIX text:    <http://jena.apache.org/text#>
            PREFIX bkg:     <https://w3id.org/bulletin-kg/ontology#>
            PREFIX schema:  <https://schema.org/>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private TextSearch() {}

    /** The subjects whose {@code property} matches {@code words}. */
    static List<String> subjects(KgServer server, String property, String words) {
        return column(server, "SELECT DISTINCT ?s WHERE { ?s text:query (" + property + " '" + words + "') } ORDER BY ?s", "s");
    }

    /** The matching literals of {@code property}, with the matches marked {@code <em>...</em>}. */
    static List<String> highlighted(KgServer server, String property, String words) {
        return column(server, "SELECT DISTINCT ?lit WHERE { (?s ?score ?lit) text:query (" + property + " '" + words
                + "' 'highlight:s:<em> | e:</em>') } ORDER BY ?lit", "lit");
    }

    /** The graphs holding the triples whose {@code property} matches {@code words}. */
    static List<String> graphs(KgServer server, String property, String words) {
        return column(server, "SELECT ?g WHERE { (?s ?score ?lit ?g) text:query (" + property + " '" + words
                + "') } ORDER BY ?g", "g");
    }

    static List<String> column(KgServer server, String select, String variable) {
        HttpResponse<String> response = SparqlHttp.query(server.endpointUrl(), PREFIXES + select);
        assertEquals(200, response.statusCode(), response.body());
        return SparqlHttp.column(response, variable);
    }
}

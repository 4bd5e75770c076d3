package org.bulletinkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questions the ontology is meant to answer, asked in SPARQL of the graph the samples build: what a meeting did
 * with which documents, of what type; when a post holding was observed (OWL-Time); which body a standing
 * committee belongs to.
 */
class SampleQueriesTest {
    private static final String PREFIXES = """
            PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX time: <http://www.w3.org/2006/time#>
            """;
    private static Model graph;

    @BeforeAll
    static void build() {
        graph = ModelFactory.createModelForGraph(SampleGraph.copy());
    }

    /** Rows as "a|b|c" strings, in the query's order. */
    private static List<String> rows(String query) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(PREFIXES + query).build()) {
            var rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            rs.forEachRemaining(s -> {
                List<String> cells = new ArrayList<>();
                for (String v : vars) {
                    var n = s.get(v);
                    cells.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                out.add(String.join("|", cells));
            });
        }
        return out;
    }

    @Test
    void agendaItemsSayWhatTheMeetingDidWithWhichDocument() {
        assertEquals(List.of(
                        "174|研究|2019年海淀区法治政府建设情况报告|情况报告|2019|海淀区",
                        "174|研究|海淀区2020年固定资产投资推进方案|方案|2020|海淀区"),
                rows("""
                        SELECT ?n ?action ?title ?type ?year ?place WHERE {
                          ?m bkg:sessionNumber ?n ; bkg:hasAgendaItem ?i .
                          ?i bkg:agendaAction/skos:prefLabel ?action ; bkg:concernsDocument ?d .
                          ?d dcterms:title ?title ; bkg:documentType/skos:prefLabel ?type ; bkg:documentYear ?year ;
                             bkg:documentJurisdiction/rdfs:label ?place .
                          FILTER(lang(?action) = "zh" && lang(?type) = "zh")
                        } ORDER BY ?n ?title"""));
    }

    @Test
    void everyReviewedDocumentIsAnAgendaItemsDocument() {
        assertEquals(List.of(), rows("""
                SELECT ?m ?d WHERE {
                  ?m bkg:reviewedDocument ?d .
                  FILTER NOT EXISTS { ?m bkg:hasAgendaItem/bkg:concernsDocument ?d }
                }"""));
    }

    @Test
    void aPostHoldingIsDatedThroughOwlTime() {
        assertEquals(List.of("于军|区委书记|2020-04-08", "于军|区委书记|2020-06-10"), rows("""
                SELECT ?name ?title ?day WHERE {
                  ?h a bkg:PostHolding ; org:member/foaf:name "于军"@zh ; org:member/foaf:name ?name ;
                     bkg:postTitle ?title ; org:memberDuring/time:inside/time:inXSDDate ?day .
                } ORDER BY ?day"""));
    }

    @Test
    void theStandingCommitteeBelongsToTheDistrictPartyCommittee() {
        assertEquals(List.of("海淀区委常委会|海淀区委"), rows("""
                SELECT DISTINCT ?body ?parent WHERE {
                  ?m a bkg:Meeting ; schema:organizer ?b .
                  ?b rdfs:label ?body ; org:subOrganizationOf/rdfs:label ?parent .
                }"""));
    }
}

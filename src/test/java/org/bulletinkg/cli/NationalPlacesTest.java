package org.bulletinkg.cli;

import org.bulletinkg.pipeline.Pipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.bulletinkg.extract.Gazetteer;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national gazetteer in a built database: every division of the data with its code, the Wikidata links,
 * and two jurisdictions that share a name (Beijing's 朝阳区, Liaoning's 朝阳市) kept apart, bodies and places.
 */
class NationalPlacesTest {
    private static final String PREFIXES = """
            PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @Test
    void twoChaoyangsAreTwoBodiesAndTwoPlacesAndEveryDivisionIsServed(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        // written for this test: a district party committee of Beijing and a city party committee of Liaoning
        Files.writeString(in.resolve("bj.txt"), """
                区委常委会召开第30次会议
                3月2日，区委常委会召开第30次会议，区委书记王海川主持会议。会议研究了朝阳区城市更新工作。
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("ln.txt"), """
                市委常委会召开第30次会议
                3月2日，市委常委会召开第30次会议，市委书记李松林主持会议。会议研究了朝阳市乡村振兴工作。
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("hj.txt"), """
                市委常委会召开第31次会议
                3月9日，市委常委会召开第31次会议，市委书记周岩主持会议。会议研究了河津经济开发区建设，听取了阜平县骆驼湾村结对帮扶情况。
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("manifest.json"), """
                [{"file": "bj.txt", "source_url": null, "jurisdiction": "朝阳区", "published": "2021-03-03"},
                 {"file": "ln.txt", "source_url": null, "jurisdiction": "朝阳市", "published": "2021-03-03"},
                 {"file": "hj.txt", "source_url": null, "jurisdiction": "河津市", "published": "2021-03-10"}]
                """, StandardCharsets.UTF_8);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            Pipeline.Report r = TestBuilds.build(store, List.of(), in.resolve("manifest.json"));
            assertEquals(0, r.failed(), r.failures().toString());
            assertEquals(0, r.noJurisdiction());

            List<String> jurisdictions = select(store, PREFIXES + """
                    SELECT ?code WHERE { ?b a bkg:Bulletin ; bkg:jurisdiction/bkg:divisionCode ?code } ORDER BY ?code""", "code");
            assertEquals(List.of("110105", "140882", "2113"), jurisdictions, "the Beijing district and the Liaoning city");
            List<String> meetings = select(store, PREFIXES + """
                    SELECT ?m WHERE { ?m a bkg:Meeting ; bkg:sessionNumber 30 } ORDER BY ?m""", "m");
            assertEquals(2, meetings.size(), "two 30th meetings, one per jurisdiction: " + meetings);
            assertTrue(meetings.get(0).contains("/cn-110105/") && meetings.get(1).contains("/cn-2113/"), meetings.toString());
            List<String> places = select(store, PREFIXES + """
                    SELECT DISTINCT ?code WHERE { ?b bkg:mentionsPlace ?p . ?p bkg:divisionCode ?code .
                      ?p rdfs:label ?l FILTER(STRSTARTS(STR(?l), "朝阳")) } ORDER BY ?code""", "code");
            assertEquals(List.of("110105", "2113"), places);
            List<String> rolledUp = select(store, PREFIXES + """
                    SELECT ?province WHERE { ?b bkg:jurisdiction ?j . ?j schema:containedInPlace+ ?p .
                      ?p bkg:placeType "province" ; rdfs:label ?province } ORDER BY ?province""", "province");
            assertEquals(List.of("北京市", "山西省", "辽宁省"), rolledUp);
            // a village and a zone that are no divisions roll up through the division the text places them in
            List<String> within = select(store, PREFIXES + """
                    SELECT ?x WHERE { ?b bkg:mentionsPlace ?p . FILTER NOT EXISTS { ?p bkg:divisionCode ?c }
                      ?p rdfs:label ?l ; schema:containedInPlace+ ?prov . ?prov bkg:placeType "province" ; rdfs:label ?pl
                      BIND(CONCAT(STR(?l), " ", STR(?pl)) AS ?x) } ORDER BY ?x""", "x");
            assertEquals(List.of("河津经济开发区 山西省", "骆驼湾村 河北省"), within);

            int rows = Gazetteer.standard().all().size();
            assertEquals(List.of(String.valueOf(rows)), select(store, PREFIXES + """
                    SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p bkg:divisionCode ?code }""", "n"),
                    "every division of the data, with its code");
            int wikidata = Integer.parseInt(select(store, PREFIXES + """
                    SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p bkg:divisionCode ?c ; owl:sameAs ?w
                      FILTER(STRSTARTS(STR(?w), "http://www.wikidata.org/entity/Q")) }""", "n").get(0));
            assertTrue(wikidata >= 3000, wikidata + " Wikidata links");
        }
    }

    private static List<String> select(Tdb2Store store, String query, String var) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.datasetGraph())).query(query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    var n = s.get(var);
                    out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
            }
            return out;
        });
    }
}

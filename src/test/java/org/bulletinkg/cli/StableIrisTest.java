package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minted IRIs come from what they describe: where a bulletin gains facts (more text, or a new rule), every fact
 * read before keeps the IRI of its evidence record (running counters renumbered them all).
 */
class StableIrisTest {
    private static final String EVIDENCE = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#> "
            + "SELECT ?e ?s ?p ?o ?start ?rule WHERE { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
            + "bkg:startOffset ?start ; bkg:rule ?rule }";

    /** Evidence IRI by the fact, offset and rule it records. */
    private static Map<String, String> evidence(Path db) {
        Map<String, String> out = new HashMap<>();
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeRead(store.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecutionFactory.create(EVIDENCE,
                        org.apache.jena.query.DatasetFactory.wrap(store.datasetGraph()))) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution q = rs.next();
                        String key = q.get("s") + " " + q.get("p") + " " + q.get("o") + " @" + q.get("start") + " " + q.get("rule");
                        out.put(key, q.getResource("e").getURI());
                    }
                }
            });
        }
        return out;
    }

    @Test
    void evidenceKeepsItsIriWhenOtherFactsAreAdded(@TempDir Path dir) throws Exception {
        Path before = Files.createDirectories(dir.resolve("before"));
        Path after = Files.createDirectories(dir.resolve("after"));
        for (String f : List.of("000_3d9549ab54ff64b8.txt", "manifest.json")) {
            Files.copy(TestBuilds.SAMPLES.resolve(f), before.resolve(f));
            Files.copy(TestBuilds.SAMPLES.resolve(f), after.resolve(f));
        }
        // a paragraph added at the end: new facts, read by rules that found nothing before
        Files.writeString(after.resolve("000_3d9549ab54ff64b8.txt"),
                "<p>会议还研究了中关村科学城北区的建设，要求落实“六稳”“六保”工作，区委常委李明参加会议。</p>",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "build", before.toString(), "--db", dir.resolve("a").toString()));
        assertEquals(0, TestBuilds.run(new StringWriter(), new StringWriter(), "build", after.toString(), "--db", dir.resolve("b").toString()));
        Map<String, String> a = evidence(dir.resolve("a"));
        Map<String, String> b = evidence(dir.resolve("b"));
        assertTrue(b.size() > a.size(), "the added paragraph gives new facts: " + a.size() + " then " + b.size());
        Set<String> common = new TreeSet<>(a.keySet());
        common.retainAll(b.keySet());
        assertTrue(common.size() > 0.9 * a.size(), "the two builds share the facts of the text they share: " + common.size());
        for (String fact : common) {
            assertEquals(a.get(fact), b.get(fact), fact);
        }
        assertEquals(b.size(), new java.util.HashSet<>(b.values()).size(), "one evidence IRI per fact, offset and rule");
    }
}

package org.bulletinkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Stage (e): the query library on the large graph. Each {@code queries/*.rq} runs a few times (the first run
 * warms caches and counts too); the median time is reported. Where the library folder is missing, a few
 * queries of the same shapes stand in (a lookup, a join over meetings, a GROUP BY over the union graph).
 */
final class LibraryQueries {
    static final int RUNS = 5;
    static final long TIMEOUT_SECONDS = 60;

    /** A query's figures; {@code rows} is -1 when it ran past the timeout (and was not run again). */
    record Timing(String name, long rows, long medianMillis, long maxMillis) {
        boolean timedOut() {
            return rows < 0;
        }
    }

    private LibraryQueries() {
    }

    /** The library's queries by file name, or the stand-ins when {@code folder} holds none. */
    static Map<String, String> load(Path folder) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                    queries.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        if (queries.isEmpty()) {
            queries.putAll(STAND_INS);
        }
        return queries;
    }

    static List<Timing> run(DatasetGraph dsg, Map<String, String> queries) {
        List<Timing> out = new ArrayList<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            Query query = QueryFactory.create(q.getValue());
            long[] millis = new long[RUNS];
            long rows = 0;
            try {
                for (int i = 0; i < RUNS; i++) {
                    long t0 = System.nanoTime();
                    rows = Txn.calculateRead(dsg, () -> count(dsg, query));
                    millis[i] = (System.nanoTime() - t0) / 1_000_000;
                }
            } catch (QueryCancelledException e) {
                out.add(new Timing(q.getKey(), -1, TIMEOUT_SECONDS * 1000, TIMEOUT_SECONDS * 1000));
                continue;
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            out.add(new Timing(q.getKey(), rows, sorted[RUNS / 2], sorted[RUNS - 1]));
        }
        return out;
    }

    private static long count(DatasetGraph dsg, Query query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
            if (query.isAskType()) {
                return qe.execAsk() ? 1 : 0;
            }
            if (query.isConstructType()) {
                return qe.execConstructTriples().hasNext() ? 1 : 0;
            }
            return qe.execDescribe().size();
        }
    }

    private static final String PREFIXES = """
            PREFIX bkg:    <https://w3id.org/bulletin-kg/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX dct:    <http://purl.org/dc/terms/>
            """;

    private static final Map<String, String> STAND_INS = new LinkedHashMap<>();

    static {
        STAND_INS.put("(stand-in) meetings-per-body-and-year", PREFIXES + """
                SELECT ?body ?year (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
                  ?m a bkg:Meeting ; bkg:bodyName ?body ; schema:startDate ?date .
                  BIND(SUBSTR(STR(?date), 1, 4) AS ?year)
                } GROUP BY ?body ?year ORDER BY ?body ?year
                """);
        STAND_INS.put("(stand-in) meetings-of-one-person", PREFIXES + """
                SELECT ?m ?date ?role WHERE {
                  { SELECT ?p WHERE { ?x bkg:chair ?p } LIMIT 1 }
                  ?m ?role ?p ; a bkg:Meeting .
                  OPTIONAL { ?m schema:startDate ?date }
                } ORDER BY ?date
                """);
        STAND_INS.put("(stand-in) posts-over-time", PREFIXES + """
                SELECT ?name ?title (MIN(?on) AS ?first) (MAX(?on) AS ?last) WHERE {
                  ?h a bkg:PostHolding ; org:member ?p ; bkg:postTitle ?title ; bkg:observedOn ?on .
                  ?p foaf:name ?name .
                } GROUP BY ?name ?title ORDER BY ?name ?first LIMIT 1000
                """);
        STAND_INS.put("(stand-in) documents-of-a-year", PREFIXES + """
                SELECT DISTINCT ?title WHERE {
                  ?m bkg:reviewedDocument ?d ; schema:startDate ?date .
                  ?d dct:title ?title .
                  FILTER(STRSTARTS(STR(?date), "2019"))
                } LIMIT 500
                """);
    }
}

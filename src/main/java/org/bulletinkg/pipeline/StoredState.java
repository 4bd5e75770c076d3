package org.bulletinkg.pipeline;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.bulletinkg.resolve.Iris;
import org.bulletinkg.resolve.SiblingYears;
import org.bulletinkg.store.Tdb2Store;

/**
 * What a database already holds that a build's year pass needs: the dated, numbered meetings of its bulletins
 * (the years their siblings take), its bulletin graphs, and the kept extractions of bulletins that wait for a
 * year ({@link PendingExtractions}).
 */
final class StoredState {
    private static final Query DATED = QueryFactory.create("""
            PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT ?g ?m ?body ?kind ?n ?date WHERE {
              GRAPH ?g {
                ?m a bkg:Meeting ; bkg:bodyName ?body ; bkg:meetingKind ?kind ; bkg:sessionNumber ?n ;
                   schema:startDate ?date ; bkg:dateSource ?source .
                FILTER (?source != "sibling-order")
              }
            }""");
    private static final String MEETING_BASE = Iris.BASE + "meeting/";
    private static final String KIND_BASE = Iris.kind("");

    private final Tdb2Store store;
    private final PendingExtractions pending;

    StoredState(Tdb2Store store) {
        this.store = store;
        this.pending = new PendingExtractions(store.directory());
    }

    PendingExtractions pending() {
        return pending;
    }

    /** The database's bulletin graphs, by IRI. */
    Set<String> bulletinGraphs() {
        Set<String> out = new HashSet<>();
        store.bulletinGraphs().forEach(g -> out.add(g.getURI()));
        return out;
    }

    /**
     * Teaches {@code years} the stored dated meetings of every bulletin graph but those a build replaces
     * ({@code replaced}); returns the series of the meetings of those replaced graphs (what they dated may change).
     */
    Set<SiblingYears.Series> learn(SiblingYears years, Set<String> replaced) {
        DatasetGraph dsg = store.datasetGraph();
        Set<SiblingYears.Series> superseded = new HashSet<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(DATED).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String graph = s.getResource("g").getURI();
                    String meeting = s.getResource("m").getURI();
                    String kind = s.getResource("kind").getURI();
                    String date = s.getLiteral("date").getLexicalForm();
                    if (!meeting.startsWith(MEETING_BASE) || !kind.startsWith(KIND_BASE) || date.length() < 7) {
                        continue;
                    }
                    String rest = meeting.substring(MEETING_BASE.length());
                    SiblingYears.Series series = new SiblingYears.Series(rest.substring(0, Math.max(0, rest.indexOf('/'))),
                            s.getLiteral("body").getLexicalForm(), kind.substring(KIND_BASE.length()));
                    if (replaced.contains(graph)) {
                        superseded.add(series);
                        continue;
                    }
                    int year = Integer.parseInt(date.substring(0, 4));
                    int monthDay = Integer.parseInt(date.substring(5, 7)) * 100
                            + (date.length() >= 10 ? Integer.parseInt(date.substring(8, 10)) : 0);
                    years.learnStored(graph, series, s.getLiteral("n").getInt(), year, monthDay);
                }
            }
        });
        return superseded;
    }
}

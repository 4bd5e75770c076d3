package org.bulletinkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.bulletinkg.BulletinKgException;

/**
 * The served dataset as the pages read it: the page queries of {@code web/queries/NAME.rq}, each run with its
 * {@code ?this} (and any other variable) bound, in a read transaction, with a time limit. Results are copied
 * out as {@link Row}s before the transaction ends.
 */
final class KgDataset {
    /** The longest a page's query may run; a page should need far less (the targets are 200 ms to 1 s). */
    static final long TIMEOUT_SECONDS = 20;
    private static final String QUERIES = "web/queries/";

    private final DatasetGraph dsg;
    private final Map<String, Query> cache = new ConcurrentHashMap<>();

    KgDataset(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
    }

    DatasetGraph datasetGraph() {
        return dsg;
    }

    /** Runs the page query {@code name} with the given variables bound; at most {@code limit} rows come back. */
    List<Row> select(String name, Map<String, Node> bindings) {
        return selectQuery(query(name), bindings);
    }

    List<Row> select(String name, String var, Node value) {
        return select(name, Map.of(var, value));
    }

    List<Row> selectQuery(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = execution(query, bindings)) {
                ResultSet rs = qe.execSelect();
                List<Row> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    rows.add(Row.of(s));
                }
                return rows;
            } catch (QueryCancelledException e) {
                throw new BulletinKgException("The query took longer than " + TIMEOUT_SECONDS + " s and was cancelled", e);
            }
        });
    }

    /** A CONSTRUCT or DESCRIBE page query, its result copied out. */
    Graph construct(String name, Map<String, Node> bindings) {
        return constructQuery(query(name), bindings);
    }

    Graph constructQuery(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = execution(query, bindings)) {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                return m.getGraph();
            } catch (QueryCancelledException e) {
                throw new BulletinKgException("The query took longer than " + TIMEOUT_SECONDS + " s and was cancelled", e);
            }
        });
    }

    boolean ask(String name, Map<String, Node> bindings) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = execution(query(name), bindings)) {
                return qe.execAsk();
            }
        });
    }

    private QueryExecution execution(Query query, Map<String, Node> bindings) {
        var builder = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        bindings.forEach((var, node) -> builder.substitution(var, org.apache.jena.sparql.util.ModelUtils.convertGraphNodeToRDFNode(node)));
        return builder.build();
    }

    Query query(String name) {
        return cache.computeIfAbsent(name, KgDataset::load);
    }

    private static Query load(String name) {
        return QueryFactory.create(text(name));
    }

    /** The text of the page query {@code name}, for the few that the program completes (a VALUES list). */
    static String text(String name) {
        String resource = QUERIES + name + ".rq";
        try (InputStream in = KgDataset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                throw new BulletinKgException("Missing page query " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BulletinKgException("Cannot read page query " + resource + ": " + e.getMessage(), e);
        }
    }
}

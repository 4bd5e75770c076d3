package org.bulletinkg.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.bulletinkg.StoreException;
import org.bulletinkg.store.Tdb2Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The build-time aggregates: tables that whole-graph questions (who met whom how often, how often each strategy
 * was pushed per month, which areas are talked about, the least certain facts, the meetings with gaps, the home
 * page's counts) would otherwise compute from every bulletin at each asking. They are kept in one graph of
 * their own, {@value #GRAPH_IRI}, computed from what the database stores once a build has stored its bulletins,
 * so an incremental build leaves them exactly as a build of everything at once would. A build that is
 * interrupted between storing its bulletins and refreshing the tables leaves a marker file
 * ({@value #STALE_MARKER}) in the database folder; the next build or server start refreshes them.
 */
public final class Aggregates {
    public static final String GRAPH_IRI = Tdb2Store.DERIVED_GRAPH_BASE + "aggregates";
    public static final Node GRAPH = NodeFactory.createURI(GRAPH_IRI);
    static final String STALE_MARKER = "aggregates.stale";
    /** How many of the latest bulletins that push a strategy the tables list (the strategy page shows them). */
    public static final int STRATEGY_LATEST = 50;
    private static final Logger LOG = LoggerFactory.getLogger(Aggregates.class);

    /** What a refresh did: rows in the tables, triples added and removed, and its time. */
    public record Refreshed(int rows, long triples, long added, long removed, long millis) {
    }

    private Aggregates() {
    }

    /** One table's computation. */
    private interface Table {
        void compute(StoredFacts facts, Rows out);
    }

    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("people", People::compute);
        TABLES.put("strategies", Strategies::compute);
        TABLES.put("areas", Areas::compute);
        TABLES.put("confidence", ConfidenceLevels::compute);
        TABLES.put("gaps", QualityGaps::compute);
        TABLES.put("totals", Totals::compute);
        TABLES.put("body years", BodyYears::compute);
        TABLES.put("review days", ReviewDays::compute);
    }

    /**
     * Recomputes every table from the stored bulletins, on all cores (each table in a read transaction of its
     * own), compares them with the tables as stored, and writes what changed in one write transaction. Builds
     * run one at a time and are what changes the bulletins, so the reads and the write see the same bulletins.
     */
    public static Refreshed refresh(DatasetGraph dsg) {
        long t0 = System.nanoTime();
        int threads = Math.max(1, Math.min(TABLES.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "aggregates");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Rows>> computed = new ArrayList<>();
            TABLES.forEach((name, table) -> computed.add(pool.submit(() -> Txn.calculateRead(dsg, () -> {
                long t = System.nanoTime();
                Rows rows = new Rows();
                table.compute(new StoredFacts(dsg), rows);
                LOG.debug("aggregates: {} in {} ms", name, (System.nanoTime() - t) / 1_000_000);
                return rows;
            }))));
            Set<Triple> wanted = new HashSet<>();
            int rows = 0;
            for (int i = 0; i < computed.size(); i++) {
                Rows r = get(computed.get(i));
                computed.set(i, null); // let each table's list go once merged
                wanted.addAll(r.triples());
                rows += r.rows();
            }
            long triples = wanted.size();
            // what is stored already is kept; what is stored and no longer wanted goes
            List<Triple> removed = Txn.calculateRead(dsg, () -> {
                List<Triple> stale = new ArrayList<>();
                Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Triple x = it.next().asTriple();
                    if (!wanted.remove(x)) {
                        stale.add(x);
                    }
                }
                return stale;
            });
            long t = System.nanoTime();
            Txn.executeWrite(dsg, () -> {
                for (Triple x : removed) {
                    dsg.delete(GRAPH, x.getSubject(), x.getPredicate(), x.getObject());
                }
                for (Triple x : wanted) {
                    dsg.add(GRAPH, x.getSubject(), x.getPredicate(), x.getObject());
                }
            });
            LOG.debug("aggregates: written in {} ms", (System.nanoTime() - t) / 1_000_000);
            Refreshed done = new Refreshed(rows, triples, wanted.size(), removed.size(), (System.nanoTime() - t0) / 1_000_000);
            LOG.debug("aggregates: {} rows, {} triples (+{} -{}) in {} ms", done.rows(), done.triples(), done.added(),
                    done.removed(), done.millis());
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while computing the aggregate tables", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("cannot compute the aggregate tables: " + e.getCause(), e.getCause());
        }
    }

    /** Marks the database's tables as out of date, before a build changes its bulletins. */
    public static void markStale(Path database) {
        try {
            Files.writeString(database.resolve(STALE_MARKER), "the aggregates graph is refreshed by the next build\n");
        } catch (IOException e) {
            throw new StoreException(database + ": cannot write " + STALE_MARKER + " (" + e.getMessage() + ")", e);
        }
    }

    /** Whether a build stopped after changing the bulletins and before refreshing the tables. */
    public static boolean stale(Path database) {
        return Files.exists(database.resolve(STALE_MARKER));
    }

    /** Clears the marker once the tables have been refreshed. */
    public static void markFresh(Path database) {
        try {
            Files.deleteIfExists(database.resolve(STALE_MARKER));
        } catch (IOException e) {
            throw new StoreException(database + ": cannot remove " + STALE_MARKER + " (" + e.getMessage() + ")", e);
        }
    }
}

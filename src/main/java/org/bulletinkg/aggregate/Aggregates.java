package org.bulletinkg.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
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

    /** Recomputes every table from the stored bulletins and writes the changes, in one write transaction. */
    public static Refreshed refresh(DatasetGraph dsg) {
        long t0 = System.nanoTime();
        Refreshed r = Txn.calculateWrite(dsg, () -> {
            StoredFacts facts = new StoredFacts(dsg);
            Rows rows = new Rows();
            timed("people", () -> People.compute(facts, rows));
            timed("strategies", () -> Strategies.compute(facts, rows));
            timed("areas", () -> Areas.compute(facts, rows));
            timed("confidence", () -> ConfidenceLevels.compute(facts, rows));
            timed("gaps", () -> QualityGaps.compute(facts, rows));
            timed("totals", () -> Totals.compute(facts, rows));
            long t = System.nanoTime();
            Refreshed w = write(dsg, rows);
            LOG.debug("aggregates: written in {} ms", (System.nanoTime() - t) / 1_000_000);
            return w;
        });
        Refreshed done = new Refreshed(r.rows(), r.triples(), r.added(), r.removed(), (System.nanoTime() - t0) / 1_000_000);
        LOG.debug("aggregates: {} rows, {} triples (+{} -{}) in {} ms", done.rows(), done.triples(), done.added(),
                done.removed(), done.millis());
        return done;
    }

    private static void timed(String table, Runnable compute) {
        long t = System.nanoTime();
        compute.run();
        LOG.debug("aggregates: {} in {} ms", table, (System.nanoTime() - t) / 1_000_000);
    }

    /** Writes only what changed: most rows stay as they were after an incremental build. */
    private static Refreshed write(DatasetGraph dsg, Rows rows) {
        Set<Triple> wanted = new HashSet<>(rows.triples());
        Set<Triple> stale = new HashSet<>();
        Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        long kept = 0;
        while (it.hasNext()) {
            Triple t = it.next().asTriple();
            if (wanted.remove(t)) {
                kept++;
            } else {
                stale.add(t);
            }
        }
        for (Triple t : stale) {
            dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }
        for (Triple t : wanted) {
            dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }
        return new Refreshed(rows.rows(), kept + wanted.size(), wanted.size(), stale.size(), 0);
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

package org.bulletinkg.store;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a spill into a database that already holds data: each named graph is cleared where its block
 * begins and filled from the block, in write transactions of about {@code quadsPerTransaction} quads that
 * end only between graphs, so a bulletin is never half replaced. Fewer, larger transactions copy fewer index
 * blocks (TDB2 is copy-on-write), which keeps the database from growing as fast before compaction.
 */
final class GraphReplacement extends StreamRDFBase {
    private final DatasetGraph dsg;
    private final long quadsPerTransaction;
    private final AtomicLong stored;
    private Node graph;
    private long inTransaction;

    GraphReplacement(DatasetGraph dsg, long quadsPerTransaction, AtomicLong stored) {
        this.dsg = dsg;
        this.quadsPerTransaction = quadsPerTransaction;
        this.stored = stored;
    }

    @Override
    public void start() {
        dsg.begin(TxnType.WRITE);
    }

    @Override
    public void quad(Quad q) {
        Node g = q.getGraph();
        if (!g.equals(graph)) {
            if (inTransaction >= quadsPerTransaction) {
                dsg.commit();
                dsg.end();
                dsg.begin(TxnType.WRITE);
                inTransaction = 0;
            }
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            graph = g;
        }
        dsg.add(q);
        inTransaction++;
        stored.incrementAndGet();
    }

    @Override
    public void finish() {
        dsg.commit();
        dsg.end();
    }

    /** Drops the transaction in progress, if any (after a failure). */
    void abandon() {
        if (dsg.isInTransaction()) {
            dsg.abort();
            dsg.end();
        }
    }
}

package org.bulletinkg.serve;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Caps the number of results a query over a served dataset can return, so that a runaway SELECT * cannot
 * stream the whole graph: a query without a LIMIT, or with a larger one, runs as if it had LIMIT n.
 * It applies only where the dataset's context sets {@link #LIMIT}; the query then runs on the engine that
 * would have run it anyway (TDB2's), with the limit in place.
 */
final class ResultLimit implements QueryEngineFactory {
    /** The most results a query may return, set on a served dataset's context. */
    static final Symbol LIMIT = Symbol.create("https://w3id.org/bulletin-kg/ontology#resultLimit");
    private static final Symbol APPLIED = Symbol.create("https://w3id.org/bulletin-kg/ontology#resultLimitApplied");
    private static boolean installed;

    private ResultLimit() {
    }

    /** Registers the factory once per JVM; it stays inert for datasets without {@link #LIMIT}. */
    static synchronized void install() {
        if (!installed) {
            QueryEngineRegistry.addFactory(new ResultLimit());
            installed = true;
        }
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return context != null && context.isDefined(LIMIT) && !context.isTrue(APPLIED) && !query.isAskType();
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding initial, Context context) {
        long max = context.getLong(LIMIT, Long.MAX_VALUE);
        Query limited = query;
        if (!query.hasLimit() || query.getLimit() > max) {
            limited = query.cloneQuery();
            limited.setLimit(max);
        }
        Context inner = context.copy();
        inner.set(APPLIED, true);
        QueryEngineFactory next = QueryEngineRegistry.get().find(limited, dataset, inner);
        return next.create(limited, dataset, initial, inner);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        throw new UnsupportedOperationException("the result limit applies to queries, not algebra");
    }
}

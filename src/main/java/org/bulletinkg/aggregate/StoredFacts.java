package org.bulletinkg.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.bulletinkg.StoreException;

/**
 * Reads the stored facts an aggregate is computed from, one predicate at a time (an index scan), over every
 * named graph but the aggregates' own. In a TDB2 database the terms are handled as TDB2's node ids and turned
 * into RDF terms ({@link #node}) only where a table needs their value: most subjects (evidence records, post
 * holdings) are never read from the node table, and the terms that are come through TDB2's own node cache.
 * Callers run inside a transaction.
 */
final class StoredFacts {
    private final NodeTupleTable quads;
    private final Object aggregatesGraph;

    StoredFacts(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            throw new StoreException("the aggregate tables are computed from a TDB2 database, not from " + dsg.getClass().getSimpleName());
        }
        this.quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        this.aggregatesGraph = id(Aggregates.GRAPH);
    }

    /** The id of a term (null where a TDB2 database has never stored it). */
    Object id(Node node) {
        NodeId id = quads.getNodeTable().getNodeIdForNode(node);
        return id == null || NodeId.isDoesNotExist(id) ? null : id;
    }

    /** The term of an id. */
    Node node(Object id) {
        return quads.getNodeTable().getNodeForNodeId((NodeId) id);
    }

    /** Every stored (subject, object) of {@code predicate}, as ids; a triple stored in several graphs comes once per graph. */
    void each(Node predicate, BiConsumer<Object, Object> action) {
        find(null, predicate, null, action);
    }

    /** The distinct objects of {@code subject} {@code predicate}, as ids. */
    List<Object> objects(Object subject, Node predicate) {
        List<Object> out = new ArrayList<>(2);
        find(subject, predicate, null, (s, o) -> {
            if (!out.contains(o)) {
                out.add(o);
            }
        });
        return out;
    }

    /** The subjects of {@code predicate} {@code object} (e.g. every resource of a class), as ids. */
    Set<Object> subjects(Node predicate, Node object) {
        Set<Object> out = new HashSet<>();
        Object o = id(object);
        if (o != null) {
            find(null, predicate, o, (s, x) -> out.add(s));
        }
        return out;
    }

    private void find(Object subject, Node predicate, Object object, BiConsumer<Object, Object> action) {
        Object p = id(predicate);
        if (p == null) {
            return;
        }
        Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, subject == null ? NodeId.NodeIdAny : (NodeId) subject,
                (NodeId) p, object == null ? NodeId.NodeIdAny : (NodeId) object);
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            if (!t.get(0).equals(aggregatesGraph)) {
                action.accept(t.get(1), t.get(3));
            }
        }
    }

    /** For each subject, the greatest object of {@code predicate} in SPARQL's order (e.g. a meeting's latest date). */
    Map<Object, Node> greatest(Node predicate) {
        Map<Object, Node> out = new HashMap<>();
        each(predicate, (s, o) -> out.merge(s, node(o), (a, b) -> compare(a, b) >= 0 ? a : b));
        return out;
    }

    /** For each subject, the least object of {@code predicate} in SPARQL's order. */
    Map<Object, Node> least(Node predicate) {
        Map<Object, Node> out = new HashMap<>();
        each(predicate, (s, o) -> out.merge(s, node(o), (a, b) -> compare(a, b) <= 0 ? a : b));
        return out;
    }

    /** SPARQL's ORDER BY order of two terms (values of one datatype by value, others by kind and lexical form). */
    static int compare(Node a, Node b) {
        return NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b));
    }
}

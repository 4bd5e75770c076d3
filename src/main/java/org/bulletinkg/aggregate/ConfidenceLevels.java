package org.bulletinkg.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.bulletinkg.vocab.BKG;

/**
 * Per confidence the extractor gave (its scale has a few dozen values): how many evidence records carry it and
 * how many carry a lower one. With these a query can fetch the least certain N records by looking up only the
 * few lowest values, instead of sorting every record.
 */
final class ConfidenceLevels {
    private ConfidenceLevels() {
    }

    static void compute(StoredFacts facts, Rows out) {
        Map<Object, long[]> counts = new HashMap<>();
        facts.each(BKG.confidence.asNode(), (evidence, value) -> counts.computeIfAbsent(value, k -> new long[1])[0]++);
        Map<Node, long[]> byValue = new HashMap<>();
        counts.forEach((id, n) -> byValue.put(facts.node(id), n));
        List<Node> values = new ArrayList<>(byValue.keySet());
        values.sort(StoredFacts::compare);
        long below = 0;
        for (Node value : values) {
            long n = byValue.get(value)[0];
            Node row = out.row("confidence", value.toString(), BKG.ConfidenceLevel);
            out.add(row, BKG.confidenceValue, value);
            out.count(row, BKG.evidenceCount, n);
            out.count(row, BKG.evidenceBelow, below);
            below += n;
        }
    }
}

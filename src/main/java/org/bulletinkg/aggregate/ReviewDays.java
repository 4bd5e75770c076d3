package org.bulletinkg.aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * Per date of meetings that reviewed documents: the number of (meeting, document) reviews of that date and
 * of later dates. With these a listing of the latest reviews looks up only the few latest dates, by value,
 * instead of sorting every review.
 */
final class ReviewDays {
    private ReviewDays() {
    }

    static void compute(StoredFacts facts, Rows out) {
        Map<Object, Set<Object>> documents = new HashMap<>();
        facts.each(BKG.reviewedDocument.asNode(), (meeting, doc) -> documents.computeIfAbsent(meeting, k -> new HashSet<>()).add(doc));
        if (documents.isEmpty()) {
            return;
        }
        TreeMap<Node, long[]> byDate = new TreeMap<>(StoredFacts::compare);
        facts.each(Vocab.schemaStartDate, (meeting, date) -> {
            Set<Object> reviewed = documents.get(meeting);
            if (reviewed != null) {
                byDate.computeIfAbsent(facts.node(date), k -> new long[1])[0] += reviewed.size();
            }
        });
        long later = 0;
        for (Map.Entry<Node, long[]> e : byDate.descendingMap().entrySet()) {
            Node row = out.row("review-day", e.getKey().toString(), BKG.ReviewDay);
            out.add(row, BKG.reviewDate, e.getKey());
            out.count(row, BKG.reviewCount, e.getValue()[0]);
            out.count(row, BKG.reviewsLater, later);
            later += e.getValue()[0];
        }
    }
}

package org.bulletinkg.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * Two tables about strategies and slogans. Per strategy and month: the number of bulletins that mention it
 * that month (the month of the earliest meeting the bulletin reports, else of its publication date) and the
 * number that mention it in later months; the latest months, until {@value #LISTED} bulletins, also list the
 * bulletins, so that a page shows the latest without sorting them all. Per strategy and convening body: the
 * number of the body's bulletins that mention it. The strategies' labels are copied beside, so that the
 * tables are read without leaving their graph.
 */
final class Strategies {
    /** The bulletins themselves are listed for the latest months, until this many are. */
    static final int LISTED = Aggregates.STRATEGY_LATEST;

    private Strategies() {
    }

    static void compute(StoredFacts facts, Rows out) {
        Map<Object, Set<Object>> mentions = new HashMap<>();
        facts.each(BKG.mentionsStrategy.asNode(), (bulletin, concept) ->
                mentions.computeIfAbsent(concept, k -> new HashSet<>()).add(bulletin));
        if (mentions.isEmpty()) {
            return;
        }
        Map<Object, String> month = months(facts);
        Map<Object, Set<Object>> bodies = bodiesOf(facts);
        for (Map.Entry<Object, Set<Object>> e : mentions.entrySet()) {
            Node concept = facts.node(e.getKey());
            TreeMap<String, List<Object>> byMonth = new TreeMap<>();
            Map<Object, Integer> byBody = new HashMap<>();
            for (Object bulletin : e.getValue()) {
                String m = month.get(bulletin);
                if (m != null) {
                    byMonth.computeIfAbsent(m, k -> new ArrayList<>()).add(bulletin);
                }
                for (Object body : bodies.getOrDefault(bulletin, Set.of())) {
                    byBody.merge(body, 1, Integer::sum);
                }
            }
            long later = 0;
            for (Map.Entry<String, List<Object>> m : byMonth.descendingMap().entrySet()) {
                Node row = out.row("strategy-month", concept.getURI() + "|" + m.getKey(), BKG.MonthlyMentions);
                out.add(row, BKG.strategy, concept);
                out.text(row, BKG.month, m.getKey());
                out.count(row, BKG.bulletinCount, m.getValue().size());
                out.count(row, BKG.bulletinsLater, later);
                if (later < LISTED) {
                    for (Object bulletin : m.getValue()) {
                        out.add(row, BKG.bulletin, facts.node(bulletin));
                    }
                }
                later += m.getValue().size();
            }
            byBody.forEach((id, n) -> {
                Node body = facts.node(id);
                if (!body.isURI()) {
                    return;
                }
                Node row = out.row("strategy-body", concept.getURI() + "|" + body.getURI(), BKG.BodyMentions);
                out.add(row, BKG.strategy, concept);
                out.add(row, Vocab.schemaOrganizer, body);
                out.count(row, BKG.bulletinCount, n);
            });
        }
        for (Object concept : mentions.keySet()) {
            for (Object label : facts.objects(concept, SKOS.prefLabel.asNode())) {
                out.add(facts.node(concept), SKOS.prefLabel.asNode(), facts.node(label));
            }
        }
    }

    /**
     * Each bulletin's month (YYYY-MM): of the earliest date among the meetings it describes, else of its
     * publication date; none where neither is known.
     */
    static Map<Object, String> months(StoredFacts facts) {
        Map<Object, Node> meetingDate = facts.least(Vocab.schemaStartDate);
        Map<Object, Node> date = new HashMap<>();
        facts.each(BKG.describesMeeting.asNode(), (bulletin, meeting) -> {
            Node d = meetingDate.get(meeting);
            if (d != null) {
                date.merge(bulletin, d, (a, b) -> StoredFacts.compare(a, b) <= 0 ? a : b);
            }
        });
        facts.least(Vocab.schemaDatePublished).forEach(date::putIfAbsent);
        Map<Object, String> out = new HashMap<>();
        date.forEach((bulletin, d) -> {
            String s = d.isLiteral() ? d.getLiteralLexicalForm() : d.toString();
            if (s.length() >= 7) {
                out.put(bulletin, s.substring(0, 7));
            }
        });
        return out;
    }

    /** The convening bodies (schema:organizer) of the meetings each bulletin describes. */
    private static Map<Object, Set<Object>> bodiesOf(StoredFacts facts) {
        Map<Object, Set<Object>> organizers = new HashMap<>();
        facts.each(Vocab.schemaOrganizer, (meeting, body) -> organizers.computeIfAbsent(meeting, k -> new HashSet<>(2)).add(body));
        Map<Object, Set<Object>> out = new HashMap<>();
        facts.each(BKG.describesMeeting.asNode(), (bulletin, meeting) -> {
            Set<Object> b = organizers.get(meeting);
            if (b != null) {
                out.computeIfAbsent(bulletin, k -> new HashSet<>(2)).addAll(b);
            }
        });
        return out;
    }
}

package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.SKOS;
import org.bulletinkg.aggregate.Aggregates;

/** A strategy: its definition, its members (narrower concepts), its mentions month by month, the bodies that push it. */
final class StrategyPage {
    private StrategyPage() {
    }

    /** A body and how many of its bulletins pushed the strategy. */
    public record Pusher(Link body, long bulletins) {
    }

    /** How many latest bulletins the page lists: as many as the aggregate table lists per strategy. */
    static final int LATEST = Aggregates.STRATEGY_LATEST;

    static Page build(KgDataset data, String iri, Statements st) {
        // Months and bodies are read from the aggregate tables every build keeps; the latest bulletins from the
        // table's latest months, which list them.
        Node self = Iri.node(iri);
        List<Chart.MonthCount> counts = new ArrayList<>();
        long mentionCount = 0;
        for (Row r : data.select("strategy-months", "this", self)) {
            long n = r.integer("n", 0);
            counts.add(new Chart.MonthCount(r.str("month"), n));
            mentionCount += n;
        }
        Map<String, Long> byBody = new LinkedHashMap<>();
        for (Row r : data.select("strategy-bodies", "this", self))
            byBody.put(r.iri("body"), r.integer("n", 0));
        List<String> bodies = new ArrayList<>(byBody.keySet());
        Map<String, String> dateOf = new HashMap<>();
        for (Row r : data.select("strategy-latest", Map.of("this", self, "listed", NodeFactory.createLiteralDT(Integer.toString(LATEST), XSDDatatype.XSDinteger)))) {
            dateOf.merge(r.iri("bulletin"), MeetingPage.nz(r.str("date")), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<String> latest = dateOf.keySet().stream()
                .sorted(Comparator.comparing((String b) -> dateOf.get(b)).reversed().thenComparing(b -> b))
                .limit(LATEST).toList();
        Set<String> named = new LinkedHashSet<>(bodies);
        named.addAll(latest);
        Labels labels = Labels.of(data, named);
        List<Pusher> pushers = new ArrayList<>();
        for (String b : bodies)
            pushers.add(new Pusher(labels.link(b), byBody.get(b)));
        List<Map<String, Object>> mentioned = new ArrayList<>();
        for (String b : latest) {
            Map<String, Object> m = new HashMap<>();
            m.put("link", labels.link(b));
            m.put("date", dateOf.get(b));
            mentioned.add(m);
        }
        String zh = st.textIn(SKOS.prefLabel.getURI(), "zh");
        String en = st.textIn(SKOS.prefLabel.getURI(), "en");
        Map<String, Object> m = new HashMap<>(Statements.base(Link.to(iri, zh.isEmpty() ? st.text(SKOS.prefLabel.getURI()) : zh, en),
                SKOS.Concept.getURI(), st));
        m.put("altLabels", altLabels(st));
        m.put("definition", st.text(SKOS.definition.getURI()));
        m.put("scopeNote", st.text(SKOS.scopeNote.getURI()));
        m.put("historyNote", st.text(SKOS.historyNote.getURI()));
        m.put("broader", st.links(SKOS.broader.getURI()));
        m.put("members", st.links(SKOS.narrower.getURI()));
        m.put("chart", Chart.months(counts));
        m.put("months", counts.size());
        m.put("mentionCount", mentionCount);
        m.put("pushers", pushers);
        m.put("mentionedIn", mentioned);
        return new Page("strategy", m);
    }

    private static List<String> altLabels(Statements st) {
        List<String> out = new ArrayList<>();
        for (var n : st.values(SKOS.altLabel.getURI()))
            if (n.isLiteral())
                out.add(n.getLiteralLexicalForm());
        out.sort(String::compareTo);
        return out;
    }
}

package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.vocabulary.SKOS;

/** A strategy: its definition, its members (narrower concepts), its mentions month by month, the bodies that push it. */
final class StrategyPage {
    private StrategyPage() {
    }

    /** A body and how many of its bulletins pushed the strategy. */
    public record Pusher(Link body, long bulletins) {
    }

    /** How many latest bulletins the page lists. */
    static final int LATEST = 50;

    static Page build(KgDataset data, String iri, Statements st) {
        // One pass over the bulletins that push it; months, bodies and the latest are counted here.
        List<Row> rows = data.select("strategy-bulletins", "this", Iri.node(iri));
        Map<String, Set<String>> byMonth = new TreeMap<>();
        Map<String, Set<String>> byBody = new HashMap<>();
        Map<String, String> dateOf = new HashMap<>();
        for (Row r : rows) {
            String bulletin = r.iri("bulletin");
            String date = MeetingPage.nz(r.str("date"));
            if (date.length() >= 7)
                byMonth.computeIfAbsent(date.substring(0, 7), k -> new HashSet<>()).add(bulletin);
            if (r.iri("body") != null)
                byBody.computeIfAbsent(r.iri("body"), k -> new HashSet<>()).add(bulletin);
            dateOf.merge(bulletin, date, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<Chart.MonthCount> counts = new ArrayList<>();
        byMonth.forEach((month, bulletins) -> counts.add(new Chart.MonthCount(month, bulletins.size())));
        List<String> bodies = byBody.keySet().stream()
                .sorted(Comparator.comparing((String b) -> -byBody.get(b).size()).thenComparing(b -> b))
                .limit(20).toList();
        List<String> latest = dateOf.keySet().stream()
                .sorted(Comparator.comparing((String b) -> dateOf.get(b)).reversed().thenComparing(b -> b))
                .limit(LATEST).toList();
        Set<String> named = new LinkedHashSet<>(bodies);
        named.addAll(latest);
        Labels labels = Labels.of(data, named);
        List<Pusher> pushers = new ArrayList<>();
        for (String b : bodies)
            pushers.add(new Pusher(labels.link(b), byBody.get(b).size()));
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
        m.put("mentionCount", dateOf.size());
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

package org.bulletinkg.web;

import java.util.ArrayList;
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

    static Page build(KgDataset data, String iri, Statements st) {
        List<Row> months = data.select("strategy-months", "this", Iri.node(iri));
        List<Row> bodies = data.select("strategy-bodies", "this", Iri.node(iri));
        Labels labels = Labels.of(data, Labels.iris(bodies, "body"));
        List<Chart.MonthCount> counts = new ArrayList<>();
        long total = 0;
        for (Row r : months) {
            counts.add(new Chart.MonthCount(r.str("month"), r.integer("bulletins", 0)));
            total += r.integer("bulletins", 0);
        }
        List<Pusher> pushers = new ArrayList<>();
        for (Row r : bodies)
            pushers.add(new Pusher(labels.link(r.iri("body")), r.integer("bulletins", 0)));
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
        m.put("mentionCount", total);
        m.put("pushers", pushers);
        m.put("mentionedIn", Mentions.of(data, iri));
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

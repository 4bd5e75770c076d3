package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/** The evidence records of the facts about one or more subjects, by fact (property and value). */
final class Evidence {
    /** A fact: its subject, property and value. */
    record Fact(String subject, String property, Node value) {
    }

    private final Map<Fact, List<EvidenceView>> byFact = new LinkedHashMap<>();

    private Evidence() {
    }

    /** The evidence of every fact whose subject is one of {@code subjects}. */
    static Evidence about(KgDataset data, Collection<String> subjects) {
        Evidence ev = new Evidence();
        List<Row> rows = new ArrayList<>();
        Map<Row, String> subjectOf = new LinkedHashMap<>();
        for (String s : subjects) {
            for (Row r : data.select("evidence", "this", Iri.node(s))) {
                rows.add(r);
                subjectOf.put(r, s);
            }
        }
        Labels labels = Labels.of(data, Labels.iris(rows, "bulletin"));
        for (Row r : rows)
            ev.byFact.computeIfAbsent(new Fact(subjectOf.get(r), r.iri("p"), r.node("o")), k -> new ArrayList<>())
                    .add(view(r, labels));
        ev.byFact.values().forEach(list -> list.sort((x, y) -> y.confidence().compareTo(x.confidence())));
        return ev;
    }

    static EvidenceView view(Row r, Labels labels) {
        Link bulletin = labels.link(r.iri("bulletin"));
        if (bulletin.zh().isEmpty() && r.str("title") != null)
            bulletin = Link.to(r.iri("bulletin"), r.str("title"), "");
        return EvidenceView.of(r.str("text"), r.integer("sstart", 0), r.integer("start", -1), r.integer("end", -1),
                r.str("conf"), r.str("rule"), bulletin, r.str("source"));
    }

    List<EvidenceView> of(String subject, String property, Node value) {
        return byFact.getOrDefault(new Fact(subject, property, value), List.of());
    }

    /** The evidence of a fact, whichever of {@code subjects} it was stated about (a meeting or its bulletins). */
    List<EvidenceView> of(Set<String> subjects, String property, Node value) {
        List<EvidenceView> out = new ArrayList<>();
        for (String s : subjects)
            out.addAll(of(s, property, value));
        return out;
    }
}

package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.bulletinkg.vocab.Vocab;

/** Everything the graph says about a thing, as (property, value) rows with names: the table every page ends with. */
final class Statements {
    private final List<Row> rows;
    private final Labels labels;

    private Statements(List<Row> rows, Labels labels) {
        this.rows = rows;
        this.labels = labels;
    }

    static Statements of(KgDataset data, String iri) {
        List<Row> rows = data.select("outgoing", "this", Iri.node(iri));
        java.util.Set<String> named = new java.util.LinkedHashSet<>(Labels.iris(rows, "o"));
        named.add(iri);
        return new Statements(rows, Labels.of(data, named));
    }

    List<Node> values(String property) {
        List<Node> out = new ArrayList<>();
        for (Row r : rows)
            if (property.equals(r.iri("p")))
                out.add(r.node("o"));
        return out;
    }

    /** The first literal of the property (zh first), or empty. */
    String text(String property) {
        String any = "";
        for (Node n : values(property)) {
            if (!n.isLiteral())
                continue;
            if (n.getLiteralLanguage().startsWith("zh"))
                return n.getLiteralLexicalForm();
            if (any.isEmpty() || n.getLiteralLanguage().isEmpty())
                any = n.getLiteralLexicalForm();
        }
        return any;
    }

    String textIn(String property, String lang) {
        for (Node n : values(property))
            if (n.isLiteral() && n.getLiteralLanguage().startsWith(lang))
                return n.getLiteralLexicalForm();
        return "";
    }

    Labels labels() {
        return labels;
    }

    List<Link> links(String property) {
        List<Link> out = new ArrayList<>();
        for (Node n : values(property))
            if (n.isURI())
                out.add(labels.link(n));
        out.sort(Comparator.comparing(Link::name));
        return out;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** All statements as (property, value) rows, type first, the bulletin's long text left out (it has its page). */
    List<FactView> all() {
        List<FactView> out = new ArrayList<>();
        Vocabulary vocab = Vocabulary.get();
        for (Row r : rows) {
            String p = r.iri("p");
            if (Vocab.schemaText.getURI().equals(p))
                continue;
            out.add(new FactView(vocab.term(p), Value.of(r.node("o"), labels), List.of()));
        }
        out.sort(Comparator.comparing((FactView f) -> !f.property().iri().equals(RDF.type.getURI()))
                .thenComparing(f -> f.property().iri()).thenComparing(f -> f.value().isLink()
                        ? f.value().link().name() : f.value().text()));
        return out;
    }

    static Map<String, Object> base(Link title, String kindIri, Statements st) {
        return Map.of("thing", title, "kind", Vocabulary.get().term(kindIri), "statements", st.all());
    }
}

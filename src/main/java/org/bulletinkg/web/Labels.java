package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The names of many things in one query (rdfs:label, skos:prefLabel, foaf:name, dcterms:title): for each, the
 * zh name (a label tagged zh, else one without a language) and the en name.
 */
final class Labels {
    /** At most this many things are named per query; more are asked for in further queries. */
    private static final int BATCH = 400;
    private final Map<String, String[]> names = new HashMap<>();

    private Labels() {
    }

    static Labels of(KgDataset data, Collection<String> iris) {
        Labels labels = new Labels();
        List<String> todo = new ArrayList<>(new LinkedHashSet<>(iris));
        todo.removeIf(i -> i == null || i.isEmpty());
        for (int from = 0; from < todo.size(); from += BATCH)
            labels.load(data, todo.subList(from, Math.min(todo.size(), from + BATCH)));
        return labels;
    }

    private void load(KgDataset data, List<String> iris) {
        StringBuilder values = new StringBuilder("VALUES ?thing {");
        for (String iri : iris)
            values.append(' ').append(NodeFmtLib.strNT(NodeFactory.createURI(iri)));
        values.append(" }");
        String text = KgDataset.text("labels-of").replace("VALUES ?thing { }", values);
        for (Row row : data.selectQuery(QueryFactory.create(text), Map.of())) {
            String iri = row.iri("thing");
            String label = row.str("label");
            String lang = row.lang("label").toLowerCase();
            String[] zhEn = names.computeIfAbsent(iri, k -> new String[2]);
            if (lang.startsWith("zh"))
                zhEn[0] = pick(zhEn[0], label);
            else if (lang.startsWith("en"))
                zhEn[1] = pick(zhEn[1], label);
            else if (lang.isEmpty() && zhEn[0] == null)
                zhEn[0] = label;
        }
    }

    // The shortest name is the usual one (an alternative label tends to be longer); ties by text, for stable pages.
    private static String pick(String current, String candidate) {
        if (current == null)
            return candidate;
        if (candidate.length() != current.length())
            return candidate.length() < current.length() ? candidate : current;
        return candidate.compareTo(current) < 0 ? candidate : current;
    }

    Link link(String iri) {
        String[] zhEn = names.get(iri);
        return zhEn == null ? Link.to(iri, "", "") : Link.to(iri, zhEn[0], zhEn[1]);
    }

    Link link(Node node) {
        return link(node.getURI());
    }

    static Set<String> iris(Collection<Row> rows, String... vars) {
        Set<String> out = new LinkedHashSet<>();
        for (Row r : rows)
            for (String v : vars)
                if (r.iri(v) != null)
                    out.add(r.iri(v));
        return out;
    }
}

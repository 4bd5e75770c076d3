package org.bulletinkg.aggregate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * Per area (a place the bulletins mention, or a place that contains one, following schema:containedInPlace
 * through the gazetteer and the zones): the number of bulletins that mention it or anything inside it, and
 * the Chinese names of the places actually mentioned inside it. Places without a Chinese label are left out,
 * as they cannot be shown.
 */
final class Areas {
    private Areas() {
    }

    static void compute(StoredFacts facts, Rows out) {
        Map<Object, Set<Object>> bulletinsOf = new HashMap<>();
        facts.each(BKG.mentionsPlace.asNode(), (bulletin, place) ->
                bulletinsOf.computeIfAbsent(place, k -> new HashSet<>()).add(bulletin));
        if (bulletinsOf.isEmpty()) {
            return;
        }
        Map<Object, Set<String>> zh = new HashMap<>();
        Map<Object, Set<Object>> areas = new HashMap<>();
        for (Object place : bulletinsOf.keySet()) {
            areas.put(place, areasOf(place, facts, zh));
        }
        Map<Object, Set<Object>> bulletinsWithin = new HashMap<>();
        Map<Object, Set<String>> mentionedWithin = new HashMap<>();
        for (Map.Entry<Object, Set<Object>> e : bulletinsOf.entrySet()) {
            Set<String> names = zh.get(e.getKey());
            if (names.isEmpty()) {
                continue;
            }
            for (Object area : areas.get(e.getKey())) {
                if (!zh.get(area).isEmpty()) {
                    bulletinsWithin.computeIfAbsent(area, k -> new HashSet<>()).addAll(e.getValue());
                    mentionedWithin.computeIfAbsent(area, k -> new TreeSet<>()).addAll(names);
                }
            }
        }
        bulletinsWithin.forEach((id, bulletins) -> {
            Node area = facts.node(id);
            if (!area.isURI()) {
                return;
            }
            Node row = out.row("area", area.getURI(), BKG.AreaMentions);
            out.add(row, BKG.area, area);
            out.count(row, BKG.bulletinCount, bulletins.size());
            out.text(row, BKG.mentionedPlaceNames, String.join(" ", mentionedWithin.get(id)));
            // the area's Chinese names and types beside, so that the table is read without leaving its graph
            for (String name : zh.get(id)) {
                out.add(area, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "zh"));
            }
            for (Object type : facts.objects(id, BKG.placeType.asNode())) {
                out.add(area, BKG.placeType.asNode(), facts.node(type));
            }
        });
    }

    /**
     * The place itself and every place that contains it, at any depth; the Chinese labels of each place met
     * are noted in {@code zh} on the way.
     */
    private static Set<Object> areasOf(Object place, StoredFacts facts, Map<Object, Set<String>> zh) {
        Set<Object> seen = new HashSet<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.add(place);
        while (!todo.isEmpty()) {
            Object p = todo.poll();
            if (seen.add(p)) {
                if (!zh.containsKey(p)) {
                    Set<String> labels = new TreeSet<>();
                    for (Object id : facts.objects(p, RDFS.label.asNode())) {
                        Node label = facts.node(id);
                        if (label.isLiteral() && "zh".equals(label.getLiteralLanguage())) {
                            labels.add(label.getLiteralLexicalForm());
                        }
                    }
                    zh.put(p, labels);
                }
                todo.addAll(facts.objects(p, Vocab.schemaContainedInPlace));
            }
        }
        return seen;
    }
}

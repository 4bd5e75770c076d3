package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;

/**
 * Full-text search (the jena-text index of fuseki/config.ttl): the sentences that match, the matched words
 * marked, each with its bulletin and the meetings it reports; and the things whose names match.
 */
final class SearchPage {
    /** The marks the index puts around matched words: private-use characters, which no bulletin holds. */
    static final char START = '\uE000', END = '\uE001';

    private SearchPage() {
    }

    /** A run of a matched sentence; {@code hit} when it is what matched. */
    public record Run(String text, boolean hit) {
    }

    /** A matching sentence, its bulletin and the meetings the bulletin reports. */
    public record Hit(List<Run> sentence, Link bulletin, List<Link> meetings) {
        public Hit {
            sentence = List.copyOf(sentence);
            meetings = List.copyOf(meetings);
        }
    }

    static Page build(KgDataset data, String q) {
        Map<String, Object> m = new HashMap<>();
        String query = q == null ? "" : q.strip();
        m.put("q", query);
        if (query.isEmpty()) {
            m.put("hits", List.of());
            m.put("things", List.of());
            return new Page("search", m);
        }
        String lucene = escape(query);
        if (lucene.isEmpty()) {
            m.put("hits", List.of());
            m.put("things", List.of());
            return new Page("search", m);
        }
        var bindings = Map.of("q", NodeFactory.createLiteralString(lucene));
        List<Row> sentences = data.select("search-sentences", bindings);
        List<Row> things = data.select("search-labels", bindings);
        Set<String> named = new LinkedHashSet<>(Labels.iris(sentences, "bulletin", "meeting"));
        named.addAll(Labels.iris(things, "thing"));
        Labels labels = Labels.of(data, named);
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (Row r : sentences) {
            String key = r.iri("sentence");
            Hit old = hits.get(key);
            List<Link> meetings = new ArrayList<>(old == null ? List.of() : old.meetings());
            if (r.iri("meeting") != null && !meetings.contains(labels.link(r.iri("meeting"))))
                meetings.add(labels.link(r.iri("meeting")));
            Link bulletin = labels.link(r.iri("bulletin"));
            hits.put(key, new Hit(runs(r.str("text")), bulletin, meetings));
        }
        List<Link> named2 = new ArrayList<>();
        for (Row r : things)
            named2.add(labels.link(r.iri("thing")));
        m.put("hits", new ArrayList<>(hits.values()));
        m.put("things", named2);
        return new Page("search", m);
    }

    /** The highlighted text cut at the index's marks. */
    static List<Run> runs(String highlighted) {
        List<Run> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean hit = false;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == START || c == END) {
                if (run.length() > 0)
                    out.add(new Run(run.toString(), hit));
                run.setLength(0);
                hit = c == START;
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0)
            out.add(new Run(run.toString(), hit));
        return out;
    }

    /**
     * The words as the index is asked for them: letters and digits only. The analyzer drops punctuation anyway,
     * Lucene's operators could not then be typed by mistake, and a run of punctuation trips Lucene's query
     * builder on the shingled analyzer.
     */
    static String escape(String words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length(); ) {
            int c = words.codePointAt(i);
            out.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' ');
            i += Character.charCount(c);
        }
        return out.toString().strip().replaceAll("\\s+", " ");
    }
}

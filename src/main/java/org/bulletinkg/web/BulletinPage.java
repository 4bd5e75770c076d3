package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.vocabulary.DCTerms;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * A bulletin: its text with every extracted fact marked where it was read, each with its confidence, and the
 * list of those facts; the view that lets a reader check the machine.
 */
final class BulletinPage {
    private BulletinPage() {
    }

    /** A fact read from the text: its number on the page, what it says, where, how sure. */
    public record MarkedFact(int number, Link subject, Link property, Value value, int start, int end, String quote,
                             String confidence, String rule) {
    }

    /** A run of the text and the facts (their numbers) read from it; no facts: plain text. */
    public record Segment(String text, List<Integer> facts, String title, int depth) {
        public Segment {
            facts = List.copyOf(facts);
        }

        public boolean isMarked() {
            return !facts.isEmpty();
        }
    }

    static Page build(KgDataset data, String iri, Statements st) {
        String text = st.text(Vocab.schemaText.getURI());
        List<Row> rows = data.select("bulletin-evidence", "this", Iri.node(iri));
        Set<String> named = new LinkedHashSet<>(Labels.iris(rows, "s", "o"));
        Labels labels = Labels.of(data, named);
        Vocabulary vocab = Vocabulary.get();
        rows.sort((a, b) -> {
            int c = Long.compare(a.integer("start", 0), b.integer("start", 0));
            return c != 0 ? c : Long.compare(b.integer("end", 0), a.integer("end", 0));
        });
        List<MarkedFact> facts = new ArrayList<>();
        int n = text.length();
        for (Row r : rows) {
            int start = (int) Math.max(0, Math.min(n, r.integer("start", 0)));
            int end = (int) Math.max(start, Math.min(n, r.integer("end", start)));
            facts.add(new MarkedFact(facts.size() + 1, labels.link(r.iri("s")), vocab.term(r.iri("p")),
                    Value.of(r.node("o"), labels), start, end, text.substring(start, end),
                    MeetingPage.nz(r.str("conf")), MeetingPage.nz(r.str("rule"))));
        }
        Map<String, Object> m = new HashMap<>(Statements.base(Link.to(iri, st.text(DCTerms.title.getURI()), ""),
                BKG.Bulletin.getURI(), st));
        m.put("segments", segments(text, facts));
        m.put("facts", facts);
        m.put("published", st.text(Vocab.schemaDatePublished.getURI()));
        m.put("source", Link.webAddress(st.text(DCTerms.source.getURI()).isEmpty()
                ? firstIri(st, DCTerms.source.getURI()) : st.text(DCTerms.source.getURI())));
        m.put("jurisdiction", MeetingPage.first(st.links(BKG.jurisdiction.getURI())));
        m.put("jurisdictionSource", st.text(BKG.jurisdictionSource.getURI()));
        m.put("meetings", st.links(BKG.describesMeeting.getURI()));
        m.put("reporters", st.links(BKG.reporter.getURI()));
        m.put("sourceName", st.text(BKG.sourceName.getURI()));
        return new Page("bulletin", m);
    }

    private static String firstIri(Statements st, String property) {
        for (var node : st.values(property))
            if (node.isURI())
                return node.getURI();
        return "";
    }

    /** The text cut at every fact's start and end; each run knows the facts that cover it. */
    static List<Segment> segments(String text, List<MarkedFact> facts) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (MarkedFact f : facts) {
            cuts.add(f.start());
            cuts.add(f.end());
        }
        List<Segment> out = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                List<Integer> covering = new ArrayList<>();
                StringBuilder title = new StringBuilder();
                for (MarkedFact f : facts) {
                    if (f.start() <= from && f.end() >= to && f.end() > f.start()) {
                        covering.add(f.number());
                        if (title.length() > 0)
                            title.append('\n');
                        title.append('[').append(f.number()).append("] ").append(f.property().name()).append(": ")
                                .append(f.value().isLink() ? f.value().link().name() : f.value().text())
                                .append(f.confidence().isEmpty() ? "" : " (" + f.confidence() + ")");
                    }
                }
                out.add(new Segment(text.substring(from, to), covering, title.toString(), Math.min(3, covering.size())));
            }
            from = to;
        }
        return out;
    }
}

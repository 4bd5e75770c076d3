package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.vocabulary.RDFS;

/**
 * A body (an organisation): its meetings as numbered series (one per term and kind), with dates, and the
 * gaps in the numbering flagged: sessions the graph has no bulletin of.
 */
final class BodyPage {
    private BodyPage() {
    }

    /** A meeting of the series, or (meeting null) a gap: the numbers from {@code number} to {@code gapTo} are missing. */
    public record Entry(String number, Link meeting, String date, Link dateSource, String gapTo) {
        public boolean isGap() {
            return meeting == null;
        }
    }

    /** The meetings of one term and kind, in order. */
    public record Series(String term, Link kind, List<Entry> entries, int gaps) {
        public Series {
            entries = List.copyOf(entries);
        }
    }

    static Page build(KgDataset data, String iri, Statements st) {
        List<Row> rows = data.select("body-meetings", "this", Iri.node(iri));
        Labels labels = Labels.of(data, Labels.iris(rows, "meeting", "kind"));
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows)
            groups.computeIfAbsent(MeetingPage.nz(r.str("term")) + "|" + MeetingPage.nz(r.iri("kind")),
                    k -> new ArrayList<>()).add(r);
        List<Series> series = new ArrayList<>();
        int meetings = 0;
        for (List<Row> group : groups.values()) {
            List<Row> numbered = new ArrayList<>();
            List<Row> unnumbered = new ArrayList<>();
            for (Row r : group)
                (r.integer("number", -1) > 0 ? numbered : unnumbered).add(r);
            numbered.sort((a, b) -> Long.compare(a.integer("number", 0), b.integer("number", 0)));
            List<Entry> entries = new ArrayList<>();
            int gaps = 0;
            long previous = -1;
            for (Row r : numbered) {
                long n = r.integer("number", 0);
                if (previous > 0 && n > previous + 1) {
                    entries.add(new Entry(Long.toString(previous + 1), null, "", null,
                            n - 1 > previous + 1 ? Long.toString(n - 1) : ""));
                    gaps++;
                }
                if (n != previous)
                    previous = n;
                entries.add(entry(r, labels));
            }
            unnumbered.sort((a, b) -> MeetingPage.nz(a.str("date")).compareTo(MeetingPage.nz(b.str("date"))));
            for (Row r : unnumbered)
                entries.add(entry(r, labels));
            meetings += group.size();
            Row first = group.get(0);
            series.add(new Series(MeetingPage.nz(first.str("term")),
                    first.iri("kind") == null ? Link.to("", "", "") : labels.link(first.iri("kind")), entries, gaps));
        }
        Map<String, Object> m = new HashMap<>(Statements.base(Link.to(iri, st.text(RDFS.label.getURI()), ""),
                org.apache.jena.vocabulary.ORG.Organization.getURI(), st));
        m.put("series", series);
        m.put("meetingCount", meetings);
        m.put("parents", st.links(org.apache.jena.vocabulary.ORG.subOrganizationOf.getURI()));
        m.put("mentionedIn", Mentions.of(data, iri));
        return new Page("body", m);
    }

    private static Entry entry(Row r, Labels labels) {
        long n = r.integer("number", -1);
        return new Entry(n > 0 ? Long.toString(n) : "", labels.link(r.iri("meeting")), MeetingPage.nz(r.str("date")),
                DateSources.meaning(r.str("dateSource")), "");
    }
}

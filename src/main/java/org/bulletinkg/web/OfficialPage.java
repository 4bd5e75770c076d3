package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bulletinkg.vocab.Vocab;

/**
 * An official: the career built from the post holdings of every bulletin (per post and organisation, the
 * earliest and latest dated observation: the observations of one post merged into one tenure), the meetings
 * chaired and attended, and the people met most often.
 */
final class OfficialPage {
    private OfficialPage() {
    }

    /** One post (as written) in one organisation (if named), from its earliest to its latest observation. */
    public record Tenure(String post, Link organization, String from, String to, int observations,
                         List<Link> bulletins) {
        public Tenure {
            bulletins = List.copyOf(bulletins);
        }
    }

    /** A meeting the official took part in, with the roles held there. */
    public record Participation(Link meeting, String date, List<Link> roles) {
        public Participation {
            roles = List.copyOf(roles);
        }
    }

    /** Someone met at meetings: how many, and the last date. */
    public record CoParticipant(Link person, long meetings, String last) {
    }

    static Page build(KgDataset data, String iri, Statements st) {
        List<Row> holdings = data.select("person-holdings", "this", Iri.node(iri));
        List<Row> meetings = data.select("person-meetings", "this", Iri.node(iri));
        List<Row> others = data.select("person-coparticipants", "this", Iri.node(iri));
        Set<String> named = new LinkedHashSet<>(Labels.iris(holdings, "org"));
        for (List<Row> tenure : tenures(holdings).values())
            named.addAll(evidence(tenure));
        named.addAll(Labels.iris(meetings, "meeting"));
        named.addAll(Labels.iris(others, "other"));
        Labels labels = Labels.of(data, named);

        List<Tenure> career = career(holdings, labels);
        List<Chart.Span> spans = new ArrayList<>();
        for (Tenure t : career)
            spans.add(new Chart.Span(t.post() + (t.organization().iri().isEmpty() ? "" : " · " + t.organization().name()),
                    t.from(), t.to(), t.post() + " " + t.from() + " – " + t.to() + " (" + t.observations() + ")"));

        Map<String, Participation> byMeeting = new LinkedHashMap<>();
        Vocabulary vocab = Vocabulary.get();
        for (Row r : meetings) {
            String m = r.iri("meeting");
            String roleIri = roleIri(r.str("role"));
            Participation p = byMeeting.computeIfAbsent(m, k -> new Participation(labels.link(m),
                    MeetingPage.nz(r.str("date")), new ArrayList<>()));
            List<Link> roles = new ArrayList<>(p.roles());
            Link role = vocab.term(roleIri);
            if (!roles.contains(role))
                roles.add(role);
            byMeeting.put(m, new Participation(p.meeting(), p.date(), roles));
        }
        List<CoParticipant> coParticipants = new ArrayList<>();
        for (Row r : others)
            coParticipants.add(new CoParticipant(labels.link(r.iri("other")), r.integer("meetings", 0),
                    MeetingPage.nz(r.str("last"))));

        String name = st.text(Vocab.foafName.getURI());
        Map<String, Object> m = new HashMap<>(Statements.base(Link.to(iri, name, ""), Vocab.foafPerson.getURI(), st));
        m.put("career", career);
        m.put("careerChart", Chart.timeline(spans));
        m.put("participations", new ArrayList<>(byMeeting.values()));
        m.put("chaired", byMeeting.values().stream().filter(p -> p.roles().stream()
                .anyMatch(l -> l.iri().endsWith("#chair"))).count());
        m.put("coParticipants", coParticipants);
        m.put("mentionedIn", Mentions.of(data, iri));
        return new Page("official", m);
    }

    private static String roleIri(String role) {
        if ("attendee".equals(role))
            return Vocab.schemaAttendee.getURI();
        return org.bulletinkg.vocab.BKG.NS + role;
    }

    /** One tenure: a post (as written) in one organisation (or none). */
    private record Key(String post, String org) {
    }

    /** Observations grouped by post and organisation. */
    private static Map<Key, List<Row>> tenures(List<Row> holdings) {
        Map<Key, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : holdings)
            groups.computeIfAbsent(new Key(r.str("title"), MeetingPage.nz(r.iri("org"))), k -> new ArrayList<>()).add(r);
        return groups;
    }

    /**
     * The bulletins a tenure shows: those of its earliest and its latest dated observation (the first one where
     * none is dated); an official seen in thousands of bulletins gets two links, not thousands.
     */
    private static List<String> evidence(List<Row> tenure) {
        Row first = null;
        Row last = null;
        for (Row r : tenure) {
            if (r.iri("bulletin") == null)
                continue;
            String d = MeetingPage.nz(r.str("date"));
            if (first == null || compare(d, r, first) < 0)
                first = r;
            if (last == null || compare(d, r, last) > 0)
                last = r;
        }
        Set<String> out = new LinkedHashSet<>();
        if (first != null)
            out.add(first.iri("bulletin"));
        if (last != null)
            out.add(last.iri("bulletin"));
        return new ArrayList<>(out);
    }

    // by date (undated after dated), then by bulletin, so that the choice is the same on every render
    private static int compare(String date, Row r, Row other) {
        String d2 = MeetingPage.nz(other.str("date"));
        if (date.isEmpty() != d2.isEmpty())
            return date.isEmpty() ? 1 : -1;
        int c = date.compareTo(d2);
        return c != 0 ? c : r.iri("bulletin").compareTo(other.iri("bulletin"));
    }

    /** Each tenure from its earliest to its latest date, with the bulletins of those two observations. */
    static List<Tenure> career(List<Row> holdings, Labels labels) {
        List<Tenure> out = new ArrayList<>();
        for (Map.Entry<Key, List<Row>> g : tenures(holdings).entrySet()) {
            TreeSet<String> dates = new TreeSet<>();
            Set<String> holdingIris = new LinkedHashSet<>();
            for (Row r : g.getValue()) {
                if (r.str("date") != null)
                    dates.add(r.str("date"));
                holdingIris.add(r.iri("holding"));
            }
            List<Link> bulletinLinks = new ArrayList<>();
            for (String b : evidence(g.getValue()))
                bulletinLinks.add(labels.link(b));
            String org = g.getKey().org();
            out.add(new Tenure(g.getKey().post(), org.isEmpty() ? Link.to("", "", "") : labels.link(org),
                    dates.isEmpty() ? "" : dates.first(), dates.isEmpty() ? "" : dates.last(), holdingIris.size(),
                    bulletinLinks));
        }
        out.sort((a, b) -> {
            if (a.from().isEmpty() != b.from().isEmpty())
                return a.from().isEmpty() ? 1 : -1;
            int c = a.from().compareTo(b.from());
            return c != 0 ? c : a.post().compareTo(b.post());
        });
        return out;
    }
}

package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * A meeting: body, kind, number, date and where the date came from, who chaired, attended, sat in and presented,
 * the agenda and its documents, the strategies and places of its bulletins; each fact with its evidence.
 */
final class MeetingPage {
    /** The roles in the order the page lists them. */
    private static final List<String> ROLES = List.of(BKG.chair.getURI(), Vocab.schemaAttendee.getURI(),
            BKG.nonVotingAttendee.getURI(), BKG.presenter.getURI(), BKG.conveyedInstructionsOf.getURI());

    private MeetingPage() {
    }

    static Page build(KgDataset data, String iri, Statements st) {
        List<Row> bulletinRows = data.select("meeting-bulletins", "this", Iri.node(iri));
        List<Row> agendaRows = data.select("meeting-agenda", "this", Iri.node(iri));
        Set<String> bulletinIris = Labels.iris(bulletinRows, "bulletin");
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add(iri);
        subjects.addAll(bulletinIris);
        Evidence evidence = Evidence.about(data, subjects);

        // The bulletins' statements give the strategies and places; their names come in one query.
        List<Row> bulletinFacts = new ArrayList<>();
        for (String b : bulletinIris)
            bulletinFacts.addAll(data.select("outgoing", "this", Iri.node(b)));
        Set<String> named = new LinkedHashSet<>(Labels.iris(bulletinFacts, "o"));
        named.addAll(Labels.iris(agendaRows, "item", "action", "document"));
        named.addAll(bulletinIris);
        Labels labels = Labels.of(data, named);
        Labels own = st.labels();
        Vocabulary vocab = Vocabulary.get();

        List<Section> roles = new ArrayList<>();
        for (String role : ROLES) {
            List<FactView> facts = facts(st.values(role), iri, role, own, evidence);
            if (!facts.isEmpty())
                roles.add(new Section(vocab.term(role), facts));
        }
        List<FactView> documents = facts(st.values(BKG.reviewedDocument.getURI()), iri,
                BKG.reviewedDocument.getURI(), own, evidence);
        List<Section> mentions = new ArrayList<>();
        for (String p : List.of(BKG.mentionsStrategy.getURI(), BKG.mentionsPlace.getURI(),
                BKG.mentionsOrganization.getURI())) {
            List<FactView> facts = new ArrayList<>();
            Set<Node> seen = new LinkedHashSet<>();
            for (Row r : bulletinFacts)
                if (p.equals(r.iri("p")) && seen.add(r.node("o")))
                    facts.add(new FactView(vocab.term(p), Value.of(r.node("o"), labels),
                            evidence.of(bulletinIris, p, r.node("o"))));
            facts.sort((a, b) -> a.value().link().name().compareTo(b.value().link().name()));
            if (!facts.isEmpty())
                mentions.add(new Section(vocab.term(p), facts));
        }
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (Row r : agendaRows) {
            Map<String, Object> item = new HashMap<>();
            item.put("item", labels.link(r.iri("item")));
            item.put("action", r.iri("action") == null ? Link.to("", "", "") : labels.link(r.iri("action")));
            item.put("document", r.iri("document") == null ? Link.to("", "", "") : labels.link(r.iri("document")));
            agenda.add(item);
        }
        List<Map<String, Object>> bulletins = new ArrayList<>();
        for (Row r : bulletinRows) {
            Map<String, Object> b = new HashMap<>();
            Link link = labels.link(r.iri("bulletin"));
            b.put("link", link);
            b.put("published", nz(r.str("published")));
            b.put("source", Link.webAddress(r.str("source")));
            bulletins.add(b);
        }

        Map<String, Object> m = new HashMap<>(Statements.base(
                Link.to(iri, st.text(org.apache.jena.vocabulary.RDFS.label.getURI()), ""), BKG.Meeting.getURI(), st));
        m.put("bodyName", st.text(BKG.bodyName.getURI()));
        m.put("body", first(st.links(Vocab.schemaOrganizer.getURI())));
        m.put("meetingKind", first(st.links(BKG.meetingKind.getURI())));
        m.put("number", st.text(BKG.sessionNumber.getURI()));
        m.put("term", st.text(BKG.term.getURI()));
        m.put("expanded", "true".equals(st.text(BKG.expanded.getURI())));
        m.put("date", st.text(Vocab.schemaStartDate.getURI()));
        String dateSource = st.text(BKG.dateSource.getURI());
        m.put("dateSource", dateSource);
        m.put("dateSourceMeaning", DateSources.meaning(dateSource));
        m.put("dateEvidence", evidence.of(iri, Vocab.schemaStartDate.getURI(),
                st.values(Vocab.schemaStartDate.getURI()).stream().findFirst().orElse(null)));
        m.put("roles", roles);
        m.put("documents", documents);
        m.put("agenda", agenda);
        m.put("mentions", mentions);
        m.put("bulletins", bulletins);
        m.put("studySessions", st.links(Vocab.schemaSubEvent.getURI()));
        m.put("joint", st.links(BKG.jointMeetingWith.getURI()));
        return new Page("meeting", m);
    }

    private static List<FactView> facts(List<Node> values, String subject, String property, Labels labels,
                                        Evidence evidence) {
        List<FactView> out = new ArrayList<>();
        for (Node v : values)
            out.add(new FactView(Vocabulary.get().term(property), Value.of(v, labels), evidence.of(subject, property, v)));
        out.sort((a, b) -> a.value().isLink() && b.value().isLink()
                ? a.value().link().name().compareTo(b.value().link().name()) : 0);
        return out;
    }

    static Link first(List<Link> links) {
        return links.isEmpty() ? Link.to("", "", "") : links.get(0);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}

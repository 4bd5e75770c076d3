package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.vocabulary.DCTerms;
import org.bulletinkg.vocab.BKG;

/** A policy document: its type, year and jurisdiction, and the meetings that reviewed it, with the evidence. */
final class DocumentPage {
    private DocumentPage() {
    }

    /** A meeting that dealt with the document: what it did (the action) and the evidence. */
    public record Review(Link meeting, String date, List<Link> actions, List<EvidenceView> evidence) {
        public Review {
            actions = List.copyOf(actions);
            evidence = List.copyOf(evidence);
        }
    }

    static Page build(KgDataset data, String iri, Statements st) {
        List<Row> reviews = data.select("document-reviews", "this", Iri.node(iri));
        List<Row> evidenceRows = data.select("evidence-about", "this", Iri.node(iri));
        Set<String> named = new LinkedHashSet<>(Labels.iris(reviews, "meeting", "action"));
        named.addAll(Labels.iris(evidenceRows, "bulletin"));
        Labels labels = Labels.of(data, named);
        Map<String, List<EvidenceView>> evidenceOf = new HashMap<>();
        for (Row r : evidenceRows)
            if (BKG.reviewedDocument.getURI().equals(r.iri("p")))
                evidenceOf.computeIfAbsent(r.iri("s"), k -> new ArrayList<>()).add(Evidence.view(r, labels));
        Map<String, Review> byMeeting = new LinkedHashMap<>();
        for (Row r : reviews) {
            String meeting = r.iri("meeting");
            Review old = byMeeting.get(meeting);
            List<Link> actions = new ArrayList<>(old == null ? List.of() : old.actions());
            if (r.iri("action") != null && !actions.contains(labels.link(r.iri("action"))))
                actions.add(labels.link(r.iri("action")));
            byMeeting.put(meeting, new Review(labels.link(meeting), MeetingPage.nz(r.str("date")), actions,
                    evidenceOf.getOrDefault(meeting, List.of())));
        }
        Map<String, Object> m = new HashMap<>(Statements.base(Link.to(iri, st.text(DCTerms.title.getURI()), ""),
                BKG.PolicyDocument.getURI(), st));
        m.put("documentType", MeetingPage.first(st.links(BKG.documentType.getURI())));
        m.put("documentYear", st.text(BKG.documentYear.getURI()));
        m.put("jurisdiction", MeetingPage.first(st.links(BKG.documentJurisdiction.getURI())));
        m.put("reviews", new ArrayList<>(byMeeting.values()));
        return new Page("document", m);
    }
}

package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/** A place: the places containing it (country first), those inside it, and what happened there. */
final class PlacePage {
    private PlacePage() {
    }

    /** A meeting held in the place's jurisdiction. */
    public record Happening(Link meeting, String date) {
    }

    static Page build(KgDataset data, String iri, Statements st) {
        List<Row> ancestors = data.select("place-ancestors", "this", Iri.node(iri));
        List<Row> children = data.select("place-children", "this", Iri.node(iri));
        List<Row> meetings = data.select("place-meetings", "this", Iri.node(iri));
        Set<String> named = new LinkedHashSet<>(Labels.iris(ancestors, "place", "parent"));
        named.addAll(Labels.iris(children, "child"));
        named.addAll(Labels.iris(meetings, "meeting"));
        Labels labels = Labels.of(data, named);

        Map<String, String> parentOf = new HashMap<>();
        for (Row r : ancestors)
            if (r.iri("parent") != null)
                parentOf.putIfAbsent(r.iri("place"), r.iri("parent"));
        List<Link> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String p = parentOf.get(iri); p != null && seen.add(p); p = parentOf.get(p))
            chain.add(labels.link(p));
        Collections.reverse(chain);
        List<Link> inside = new ArrayList<>();
        for (Row r : children)
            inside.add(labels.link(r.iri("child")));
        inside.sort((a, b) -> a.name().compareTo(b.name()));
        List<Happening> happenings = new ArrayList<>();
        for (Row r : meetings)
            happenings.add(new Happening(labels.link(r.iri("meeting")), MeetingPage.nz(r.str("date"))));

        Map<String, Object> m = new HashMap<>(Statements.base(Link.to(iri, st.text(RDFS.label.getURI()),
                st.textIn(RDFS.label.getURI(), "en")), BKG.Place.getURI(), st));
        m.put("hierarchy", chain);
        m.put("children", inside);
        m.put("placeType", st.text(BKG.placeType.getURI()));
        m.put("divisionCode", st.text(BKG.divisionCode.getURI()));
        m.put("latitude", st.text(Vocab.schemaLatitude.getURI()));
        m.put("longitude", st.text(Vocab.schemaLongitude.getURI()));
        m.put("sameAs", st.links(OWL.sameAs.getURI()));
        m.put("meetings", happenings);
        m.put("mentionedIn", Mentions.of(data, iri));
        return new Page("place", m);
    }
}

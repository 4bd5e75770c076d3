package org.bulletinkg.web;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.bulletinkg.resolve.Iris;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/** Which page describes a thing of the graph: chosen by its class (a meeting, an official, a body, ...). */
final class ThingPages {
    private ThingPages() {
    }

    /** The page of {@code iri}, or empty when the graph says nothing about it. */
    static java.util.Optional<Page> page(KgDataset data, String iri) {
        Statements st = Statements.of(data, iri);
        if (st.isEmpty() && !data.ask("exists", java.util.Map.of("this", Iri.node(iri))))
            return java.util.Optional.empty();
        Set<String> types = new HashSet<>();
        for (Row r : data.select("types", "this", Iri.node(iri)))
            if (r.iri("type") != null)
                types.add(r.iri("type"));
        Page page;
        if (types.contains(BKG.Meeting.getURI()))
            page = MeetingPage.build(data, iri, st);
        else if (types.contains(Vocab.foafPerson.getURI()))
            page = OfficialPage.build(data, iri, st);
        else if (types.contains(ORG.Organization.getURI()))
            page = BodyPage.build(data, iri, st);
        else if (types.contains(BKG.Place.getURI()))
            page = PlacePage.build(data, iri, st);
        else if (types.contains(BKG.PolicyDocument.getURI()))
            page = DocumentPage.build(data, iri, st);
        else if (types.contains(BKG.Bulletin.getURI()))
            page = BulletinPage.build(data, iri, st);
        else if (isStrategy(iri, types))
            page = StrategyPage.build(data, iri, st);
        else
            page = ResourcePage.build(data, iri, st, types.stream().sorted().findFirst().orElse(null));
        return java.util.Optional.of(page);
    }

    // Strategies are the concepts of the strategy scheme and the candidates; the other schemes' concepts
    // (meeting kinds, document types, actions) get the plain page.
    private static boolean isStrategy(String iri, Set<String> types) {
        return types.contains(BKG.CandidateStrategy.getURI())
                || (types.contains(SKOS.Concept.getURI()) && iri.startsWith(Iris.BASE + "strategy/"))
                || (iri.startsWith(Iris.BASE + "strategy/") && !iri.endsWith("/scheme") && types.isEmpty());
    }
}

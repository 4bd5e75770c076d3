package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Any other thing of the graph (an evidence record, a sentence, a post holding, a concept): its statements both ways. */
final class ResourcePage {
    private ResourcePage() {
    }

    static Page build(KgDataset data, String iri, Statements st, String typeIri) {
        List<Row> incoming = data.select("incoming", "this", Iri.node(iri));
        Labels labels = Labels.of(data, Labels.iris(incoming, "s"));
        List<FactView> in = new ArrayList<>();
        for (Row r : incoming)
            in.add(new FactView(Vocabulary.get().term(r.iri("p")), Value.of(r.node("s"), labels), List.of()));
        Link self = st.labels().link(iri);
        Map<String, Object> m = new HashMap<>(Statements.base(self, typeIri == null ? "" : typeIri, st));
        m.put("incoming", in);
        return new Page("resource", m);
    }
}

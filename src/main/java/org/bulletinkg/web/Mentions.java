package org.bulletinkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The latest bulletins that name a thing (a person, an organisation, a place, a strategy). */
final class Mentions {
    private Mentions() {
    }

    static List<Map<String, Object>> of(KgDataset data, String iri) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : data.select("mentioned-in", "this", Iri.node(iri))) {
            Map<String, Object> b = new HashMap<>();
            b.put("link", Link.to(r.iri("bulletin"), MeetingPage.nz(r.str("title")), ""));
            b.put("date", MeetingPage.nz(r.str("date")));
            out.add(b);
        }
        return out;
    }
}

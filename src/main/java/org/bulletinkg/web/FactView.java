package org.bulletinkg.web;

import java.util.List;

/** A fact about the thing a page is about: what is said (the property), the value, and its evidence. */
public record FactView(Link property, Value value, List<EvidenceView> evidence) {
    public FactView {
        evidence = List.copyOf(evidence);
    }
}

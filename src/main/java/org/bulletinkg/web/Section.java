package org.bulletinkg.web;

import java.util.List;

/** A titled list of facts on a page (the chair, the attendees, the strategies, ...). */
public record Section(Link heading, List<FactView> facts) {
    public Section {
        facts = List.copyOf(facts);
    }
}

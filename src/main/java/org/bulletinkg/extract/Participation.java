package org.bulletinkg.extract;

/** A person's part in a meeting, with the text that shows it. */
public record Participation(String person, Role role, Evidence evidence) {
}

package org.bulletinkg.extract;

import java.util.List;

/** A named person of the bulletin with every post the text gives them. */
public record PersonFact(String name, List<PostFact> posts, Evidence evidence) {
    public PersonFact {
        posts = List.copyOf(posts);
    }
}

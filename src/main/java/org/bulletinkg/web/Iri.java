package org.bulletinkg.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs as query terms. */
final class Iri {
    private Iri() {
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}

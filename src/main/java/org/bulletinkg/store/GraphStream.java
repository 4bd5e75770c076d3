package org.bulletinkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Puts every triple of a stream into one named graph. */
final class GraphStream extends StreamRDFWrapper {
    private final Node graph;

    GraphStream(StreamRDF other, Node graph) {
        super(other);
        this.graph = graph;
    }

    @Override
    public void triple(Triple t) {
        super.quad(Quad.create(graph, t));
    }

    @Override
    public void start() {
        // the enclosing writer owns the stream's start and finish
    }

    @Override
    public void finish() {
        // as above
    }
}

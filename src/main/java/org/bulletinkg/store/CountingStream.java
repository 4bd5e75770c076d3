package org.bulletinkg.store;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes a stream on and counts its triples and quads into a shared cell. */
final class CountingStream extends StreamRDFWrapper {
    private final long[] count;

    CountingStream(StreamRDF other, long[] count) {
        super(other);
        this.count = count;
    }

    @Override
    public void triple(Triple triple) {
        count[0]++;
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        count[0]++;
        super.quad(quad);
    }
}

package org.bulletinkg.store;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes quads on and counts them where a progress line can read the count while the store step runs. */
final class StoredCount extends StreamRDFWrapper {
    private final AtomicLong count;

    StoredCount(StreamRDF other, AtomicLong count) {
        super(other);
        this.count = count;
    }

    @Override
    public void quad(Quad quad) {
        super.quad(quad);
        count.incrementAndGet();
    }
}

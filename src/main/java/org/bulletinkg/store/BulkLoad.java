package org.bulletinkg.store;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.bulletinkg.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a spill into an empty database with TDB2's parallel bulk loader (the loader behind
 * {@code tdb2.tdbloader --loader=parallel}): it builds the node table and every index on its own threads,
 * about twice as fast as write transactions here and without their copy-on-write growth.
 */
final class BulkLoad {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    /** The loader reports its phases; they go to the debug log, the build prints its own progress. */
    private static final MonitorOutput TO_LOG = (fmt, args) -> LOG.debug(String.format(fmt, args));

    /** Below this many quads the sequential loader is quicker: the parallel one spends seconds starting its threads. */
    private static final long SMALL = 2_000_000;

    private BulkLoad() {
    }

    static long load(DatasetGraph dsg, QuadSpill spill, AtomicLong stored) {
        DataLoader loader = spill.quads() < SMALL ? LoaderFactory.sequentialLoader(dsg, TO_LOG) : LoaderFactory.parallelLoader(dsg, TO_LOG);
        loader.startBulk();
        try {
            spill.replay(new StoredCount(loader.stream(), stored));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("bulk load failed (" + e.getMessage() + "); delete the database folder and build again", e);
        }
        return loader.countQuads() + loader.countTriples();
    }
}

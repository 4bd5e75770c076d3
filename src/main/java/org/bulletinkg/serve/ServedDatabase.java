package org.bulletinkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.bulletinkg.StoreException;

/** Opens an existing TDB2 database for serving: union default graph and a query timeout. */
final class ServedDatabase {
    private ServedDatabase() {}

    /**
     * Connects to the TDB2 database in {@code dir}. Refuses a folder that is missing or holds no
     * TDB2 database, because TDB2 would otherwise quietly create an empty one and serve nothing.
     */
    static DatasetGraph open(Path dir, Duration queryTimeout) {
        if (!Files.exists(dir))
            throw new StoreException("Database folder does not exist: " + dir);
        if (!Files.isDirectory(dir))
            throw new StoreException("Database path is not a folder: " + dir);
        if (DatabaseOps.findStorageLocation(dir) == null)
            throw new StoreException("Not a TDB2 database (no " + DatabaseOps.dbNameBase
                    + "-NNNN storage folder): " + dir);
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open TDB2 database " + dir + ": " + e.getMessage(), e);
        }
        // TDB2 hands every user of a folder the same dataset object: settings go on a copy of
        // its context, so a store writing to the same database in this JVM is not affected.
        Context context = dsg.getContext().copy();
        // Data lives only in named graphs (one per bulletin); the union lets queries omit GRAPH.
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.queryTimeout, queryTimeout.toMillis());
        return new DatasetGraphWrapper(dsg, context);
    }
}

package org.bulletinkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.bulletinkg.StoreException;
import org.bulletinkg.store.TextIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database a server is asked to serve: checked, and given a full-text index if it has none. */
final class ServedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(ServedDatabase.class);

    private ServedDatabase() {}

    /**
     * Checks that {@code dir} holds a TDB2 database, because the server would otherwise quietly create an
     * empty one and serve nothing. A database built before the full-text index existed gets one now.
     */
    static void prepare(Path dir) {
        if (!Files.exists(dir))
            throw new StoreException("Database folder does not exist: " + dir);
        if (!Files.isDirectory(dir))
            throw new StoreException("Database path is not a folder: " + dir);
        if (DatabaseOps.findStorageLocation(dir) == null)
            throw new StoreException("Not a TDB2 database (no " + DatabaseOps.dbNameBase
                    + "-NNNN storage folder): " + dir);
        if (!TextIndex.exists(dir)) {
            DatasetGraph dsg;
            try {
                dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            } catch (RuntimeException e) {
                throw new StoreException("Cannot open TDB2 database " + dir + ": " + e.getMessage(), e);
            }
            LOG.info("{} has no full-text index yet: indexing it in {}", dir, TextIndex.folderOf(dir));
            TextIndex.rebuild(dsg, dir);
        }
    }
}

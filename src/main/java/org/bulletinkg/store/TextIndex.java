package org.bulletinkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.bulletinkg.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of a database: Lucene files in the database's own folder, {@code DB_DIR/text}, so
 * that one folder holds (and one {@code rm -r} removes) everything.
 * <p>
 * The store writes straight into TDB2, which the index does not watch; so after graphs are replaced,
 * {@link #update} drops the index entries of those graphs and indexes their triples as they are now. What
 * is indexed (bulletin text, the sentences facts were read from, labels) and how Chinese is cut into words is defined in
 * fuseki/config.ttl, the file the server loads (see {@link TextIndexDefinition}).
 */
public final class TextIndex {
    /** The index's folder inside the database folder. */
    public static final String FOLDER = "text";
    /** Graphs whose triples are held in memory at once while indexing (a bulletin gives some 50 entries). */
    private static final int GRAPHS_PER_SLICE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(TextIndex.class);

    private TextIndex() {
    }

    /** Where the full-text index of a database lives. */
    public static Path folderOf(Path database) {
        return database.resolve(FOLDER);
    }

    /** Whether a database has a full-text index (a folder with a Lucene commit in it). */
    public static boolean exists(Path database) {
        Path folder = folderOf(database);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }

    /** What an update did. */
    public record Indexed(long graphs, long entries) {
    }

    /** Hears how an update goes: the number of graphs to index once known, then each slice of graphs done. */
    public interface Listener {
        Listener NONE = new Listener() { };

        default void planned(long graphs) {
        }

        default void indexed(long graphs) {
        }
    }

    /** {@link #update(DatasetGraph, Path, Collection, Listener)} for a store. */
    public static Indexed update(Tdb2Store store, Collection<Node> changedGraphs) {
        return update(store, changedGraphs, Listener.NONE);
    }

    /** {@link #update(DatasetGraph, Path, Collection, Listener)} for a store (through its server's index when served). */
    public static Indexed update(Tdb2Store store, Collection<Node> changedGraphs, Listener listener) {
        if (store.servedTextIndex() == null) {
            return update(store.datasetGraph(), store.directory(), changedGraphs, listener);
        }
        Set<Node> graphs = new LinkedHashSet<>(changedGraphs);
        graphs.addAll(ontologyGraphs(store.datasetGraph()));
        listener.planned(graphs.size());
        long entries = write(store.datasetGraph(), store.servedTextIndex(), folderOf(store.directory()), graphs, false, listener);
        return new Indexed(graphs.size(), entries);
    }

    /**
     * Brings the index in step with graphs that were replaced or removed: their old entries go, their
     * current triples are indexed. The ontology graphs, which every build reloads, are re-indexed too (not the
     * gazetteer's 42,000 divisions: a place a bulletin names is indexed with that bulletin's graph). A
     * database without an index gets a whole one ({@link #rebuild}).
     */
    public static Indexed update(DatasetGraph dsg, Path database, Collection<Node> changedGraphs, Listener listener) {
        if (!exists(database)) {
            return rebuild(dsg, database, listener);
        }
        Set<Node> graphs = new LinkedHashSet<>(changedGraphs);
        graphs.addAll(ontologyGraphs(dsg));
        listener.planned(graphs.size());
        long entries = write(dsg, database, graphs, false, listener);
        LOG.debug("text index: {} graphs re-indexed, {} entries", graphs.size(), entries);
        return new Indexed(graphs.size(), entries);
    }

    /**
     * Runs {@code work} on a store joined with its full-text index, as the server serves it, so that
     * {@code text:query} finds what it would find there; the index is closed afterwards, the store is not.
     */
    public static <T> T withSearch(Tdb2Store store, Function<DatasetGraph, T> work) {
        if (store.servedTextIndex() != null) {
            return work.apply(TextDatasetFactory.create(store.datasetGraph(), store.servedTextIndex(), false));
        }
        if (!exists(store.directory())) {
            throw new StoreException(store.directory() + ": the database has no full-text index (" + FOLDER + ")");
        }
        org.apache.jena.query.text.TextIndex index = TextIndexDefinition.open(folderOf(store.directory()));
        try {
            return work.apply(TextDatasetFactory.create(store.datasetGraph(), index, false));
        } finally {
            index.close();
        }
    }

    /** Indexes every named graph of the database afresh. */
    public static Indexed rebuild(DatasetGraph dsg, Path database) {
        return rebuild(dsg, database, Listener.NONE);
    }

    private static Indexed rebuild(DatasetGraph dsg, Path database, Listener listener) {
        List<Node> graphs = Txn.calculateRead(dsg, () -> {
            List<Node> all = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!g.isURI() || !g.getURI().equals(Tdb2Store.GAZETTEER_GRAPH) && !g.getURI().startsWith(Tdb2Store.DERIVED_GRAPH_BASE)) {
                    all.add(g);
                }
            });
            return all;
        });
        listener.planned(graphs.size());
        long entries = write(dsg, database, graphs, true, listener);
        LOG.debug("text index: rebuilt over {} graphs, {} entries", graphs.size(), entries);
        return new Indexed(graphs.size(), entries);
    }

    private static List<Node> ontologyGraphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(Tdb2Store.ONTOLOGY_GRAPH_BASE) && !g.getURI().equals(Tdb2Store.GAZETTEER_GRAPH)) {
                    out.add(g);
                }
            });
            return out;
        });
    }

    /** Removes the graphs' entries (or all entries), indexes the graphs' triples and commits once. */
    private static long write(DatasetGraph dsg, Path database, Collection<Node> graphs, boolean fromScratch,
                              Listener listener) {
        Path folder = folderOf(database);
        org.apache.jena.query.text.TextIndex index = TextIndexDefinition.open(folder);
        try {
            return write(dsg, index, folder, graphs, fromScratch, listener);
        } finally {
            index.close();
        }
    }

    /** {@link #write} through an index that is open already (and stays open: a server's). */
    private static long write(DatasetGraph dsg, org.apache.jena.query.text.TextIndex index, Path folder,
                              Collection<Node> graphs, boolean fromScratch, Listener listener) {
        try {
            IndexWriter writer = ((TextIndexLucene) index).getIndexWriter();
            EntityDefinition def = index.getDocDef();
            if (def.getGraphField() == null) {
                throw new StoreException(TextIndexDefinition.CONFIG_RESOURCE
                        + ": the text index needs a text:graphField to be kept in step with replaced graphs");
            }
            if (fromScratch) {
                writer.deleteAll();
            } else {
                for (Node g : graphs) {
                    writer.deleteDocuments(new Term(def.getGraphField(), TextQueryFuncs.graphNodeToString(g)));
                }
            }
            long entries = addGraphs(dsg, index, def, List.copyOf(graphs), listener);
            index.prepareCommit();
            index.commit();
            return entries;
        } catch (IOException | RuntimeException e) {
            rollbackQuietly(index);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(folder + ": cannot update the full-text index (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Indexes the graphs' triples, a slice of graphs at a time: the triples are read in one read
     * transaction, then cut into words on all cores (Chinese analysis is most of the cost, and Lucene's
     * writer takes documents from several threads).
     */
    private static long addGraphs(DatasetGraph dsg, org.apache.jena.query.text.TextIndex index, EntityDefinition def,
                                  List<Node> graphs, Listener listener) {
        List<Node> predicates = new ArrayList<>();
        for (String field : def.fields()) {
            predicates.addAll(def.getPredicates(field));
        }
        long entries = 0;
        for (int from = 0; from < graphs.size(); from += GRAPHS_PER_SLICE) {
            List<Node> slice = graphs.subList(from, Math.min(graphs.size(), from + GRAPHS_PER_SLICE));
            List<Entity> entities = Txn.calculateRead(dsg, () -> entitiesOf(dsg, def, slice, predicates));
            entities.parallelStream().forEach(index::addEntity);
            entries += entities.size();
            listener.indexed(slice.size());
        }
        return entries;
    }

    private static List<Entity> entitiesOf(DatasetGraph dsg, EntityDefinition def, List<Node> graphs, List<Node> predicates) {
        List<Entity> entities = new ArrayList<>();
        for (Node g : graphs) {
            for (Node p : predicates) {
                var quads = dsg.find(g, Node.ANY, p, Node.ANY);
                while (quads.hasNext()) {
                    Quad quad = quads.next();
                    Entity entity = TextQueryFuncs.entityFromQuad(def, quad);
                    if (entity != null) {
                        entities.add(entity);
                    }
                }
            }
        }
        return entities;
    }

    private static void rollbackQuietly(org.apache.jena.query.text.TextIndex index) {
        try {
            index.rollback();
        } catch (RuntimeException ignored) {
            // The failure being reported matters more; Lucene keeps the last commit either way.
        }
    }
}

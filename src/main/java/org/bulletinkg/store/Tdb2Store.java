package org.bulletinkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.bulletinkg.StoreException;

/**
 * The TDB2 database. Each bulletin lives in its own named graph, replaced as a whole inside one write
 * transaction, so a bulletin is never half stored and building the same input twice changes nothing.
 */
public final class Tdb2Store implements AutoCloseable {
    /** Named graphs that hold the ontology and its concept schemes, loaded on every build. */
    public static final String ONTOLOGY_GRAPH_BASE = "https://w3id.org/bulletin-kg/id/graph/ontology/";
    private static final List<String> ONTOLOGY_FILES = List.of("bulletin-kg.ttl", "strategies.ttl", "places.ttl", "schemes.ttl");

    private final Path dir;
    private final DatasetGraph dsg;

    private Tdb2Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the database in a folder. */
    public static Tdb2Store open(Path dir) {
        if (!looksLikeTdb2(dir)) {
            createAtomically(dir);
        }
        return connect(dir);
    }

    /**
     * TDB2 writes a new database's files one by one, and a process killed meanwhile leaves a folder that
     * cannot be opened. So a new database is made beside its folder and moved into place in one step.
     */
    private static void createAtomically(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(target)) {
                try (var entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new StoreException(dir + ": the folder holds other files, not a TDB2 database;"
                                + " give an empty or new folder with --db");
                    }
                }
            }
            Path parent = Files.createDirectories(target.getParent());
            Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".creating-");
            DatasetGraph created = DatabaseMgr.connectDatasetGraph(fresh.toString());
            Txn.executeWrite(created, () -> { });
            TDBInternal.expel(created);
            Files.deleteIfExists(target);
            Files.move(fresh, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the database (" + e.getMessage() + ")", e);
        }
    }

    /** Opens an existing database; a folder that holds none is an error, not an empty database. */
    public static Tdb2Store openExisting(Path dir) {
        if (!Files.isDirectory(dir) || !looksLikeTdb2(dir)) {
            throw new StoreException(dir + ": no database here (run `bulletin-kg build` first, or give --db)");
        }
        return connect(dir);
    }

    private static Tdb2Store connect(Path dir) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Tdb2Store(dir, dsg);
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot open the TDB2 database (" + e.getMessage() + ")", e);
        }
    }

    static boolean looksLikeTdb2(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("Data-") || p.getFileName().toString().equals("tdb.lock"));
        } catch (IOException e) {
            return false;
        }
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Replaces the named graphs of a batch of bulletins in one write transaction: each graph is cleared, then
     * its quads are streamed in by the writer. Either the whole batch lands or none of it.
     *
     * @param graphs the graphs the writer is about to fill
     * @param writer writes the batch's quads to the stream it is given
     * @return the number of quads written
     */
    public long replaceGraphs(List<Node> graphs, Consumer<StreamRDF> writer) {
        long[] count = new long[1];
        Txn.executeWrite(dsg, () -> {
            for (Node g : graphs) {
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            writer.accept(new CountingStream(sink, count));
        });
        return count[0];
    }

    /** Loads the ontology files bundled with the program into their own named graphs (replacing earlier copies). */
    public long loadOntology() {
        List<Node> graphs = new ArrayList<>();
        for (String f : ONTOLOGY_FILES) {
            graphs.add(NodeFactory.createURI(ONTOLOGY_GRAPH_BASE + f.replace(".ttl", "")));
        }
        return replaceGraphs(graphs, out -> {
            for (int i = 0; i < ONTOLOGY_FILES.size(); i++) {
                Node g = graphs.get(i);
                try (InputStream in = Tdb2Store.class.getClassLoader().getResourceAsStream("ontology/" + ONTOLOGY_FILES.get(i))) {
                    if (in == null) {
                        throw new StoreException("ontology file missing from the program: " + ONTOLOGY_FILES.get(i));
                    }
                    RDFParser.source(in).lang(Lang.TURTLE).parse(new GraphStream(out, g));
                } catch (IOException e) {
                    throw new StoreException("cannot read ontology " + ONTOLOGY_FILES.get(i), e);
                }
            }
        });
    }

    /** Names of the bulletin graphs in the database. */
    public List<Node> bulletinGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!g.getURI().startsWith(ONTOLOGY_GRAPH_BASE)) {
                    out.add(g);
                }
            });
            out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return out;
        });
    }

    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph()) {
                    n++;
                }
            }
            return n;
        });
    }

    /** Releases the database so that another process (or a test) can open the folder. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}

package org.bulletinkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.bulletinkg.StoreException;

/**
 * The TDB2 database. Each bulletin lives in its own named graph, replaced as a whole inside one write
 * transaction, so a bulletin is never half stored and building the same input twice changes nothing.
 *
 * <p>A build hands its quads over as a {@link QuadSpill}: an empty database takes them through TDB2's
 * parallel bulk loader; one that holds data already takes them through write transactions, and is compacted
 * afterwards so that repeated incremental builds do not leave it many times its compact size.
 */
public final class Tdb2Store implements AutoCloseable {
    /** Named graphs that hold the ontology and its concept schemes, loaded on every build. */
    public static final String ONTOLOGY_GRAPH_BASE = "https://w3id.org/bulletin-kg/id/graph/ontology/";
    /** The named graph of the national gazetteer's divisions: loaded once per gazetteer version, not indexed for text. */
    public static final String GAZETTEER_GRAPH = ONTOLOGY_GRAPH_BASE + "divisions";
    /** Graphs derived from the bulletins after each build (the aggregate tables): neither bulletins nor indexed. */
    public static final String DERIVED_GRAPH_BASE = "https://w3id.org/bulletin-kg/id/graph/derived/";
    private static final String MAIN_ONTOLOGY_FILE = "bulletin-kg.ttl";
    private static final List<String> ONTOLOGY_FILES = List.of(MAIN_ONTOLOGY_FILE, "strategies.ttl", "places.ttl", "schemes.ttl");
    /** Quads per write transaction of an incremental build: large enough to amortise the copy-on-write. */
    private static final long QUADS_PER_TRANSACTION = 500_000;
    private static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/bulletin-kg/ontology");

    /**
     * How a spill was stored, and how long it took.
     *
     * @param bytesAfterLoad the database's size on disk after the load (before any compaction)
     * @param compacted      whether an incremental build compacted the database afterwards
     */
    public record Loaded(long quads, boolean bulk, long loadMillis, long bytesAfterLoad, boolean compacted,
                         long compactMillis) {
    }

    /** The file that marks a database folder as one this program created (and may write to). */
    public static final String MARKER = "bulletin-kg.db";

    /** A database a server of this process holds: its TDB2 dataset and the full-text index it has open. */
    private record Served(DatasetGraph dsg, org.apache.jena.query.text.TextIndex textIndex) {
    }

    private static final java.util.Map<Path, Served> SERVED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path dir;
    private final DatasetGraph dsg;
    /** The server's open full-text index when the database is one a server of this process holds, else null. */
    private final org.apache.jena.query.text.TextIndex servedIndex;

    private Tdb2Store(Path dir, DatasetGraph dsg, org.apache.jena.query.text.TextIndex servedIndex) {
        this.dir = dir;
        this.dsg = dsg;
        this.servedIndex = servedIndex;
    }

    /**
     * Records that a server of this process holds the database in {@code dir}: until {@link #released}, opening
     * that folder gives the server's dataset and full-text index (TDB2 and Lucene allow one holder per folder), and
     * closing it leaves them open. Writes through it are seen by the server's queries as they commit.
     */
    public static void serving(Path dir, DatasetGraph tdb, org.apache.jena.query.text.TextIndex index) {
        SERVED.put(key(dir), new Served(tdb, index));
    }

    /** The server of this process no longer holds the database in {@code dir}. */
    public static void released(Path dir) {
        SERVED.remove(key(dir));
    }

    private static Path key(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    /** Opens (creating if needed) the database in a folder. */
    public static Tdb2Store open(Path dir) {
        Served served = SERVED.get(key(dir));
        if (served != null) {
            return new Tdb2Store(dir, served.dsg(), served.textIndex());
        }
        if (!looksLikeTdb2(dir)) {
            createAtomically(dir);
        } else {
            checkOurs(dir);
        }
        return connect(dir);
    }

    /**
     * Refuses a TDB2 database that this program did not create (no {@link #MARKER}, and no ontology of
     * bulletin-kg in it): a build would write into someone else's data. A database of an earlier version of this
     * program, made before the marker, is recognised by its ontology graph and gets the marker now.
     */
    private static void checkOurs(Path dir) {
        if (Files.exists(dir.resolve(MARKER))) {
            return;
        }
        boolean ours;
        try (Tdb2Store probe = connect(dir)) {
            ours = probe.storedOntologyVersion() != null;
        }
        if (!ours) {
            throw new StoreException(dir + ": this TDB2 database was not made by bulletin-kg (it holds no bulletin-kg"
                    + " ontology); nothing was changed. Give a new or empty folder with --db");
        }
        mark(dir);
    }

    private static void mark(Path dir) {
        try {
            Files.writeString(dir.resolve(MARKER), "A bulletin-kg database (TDB2 and its full-text index).\n");
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write " + MARKER + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * TDB2 writes a new database's files one by one, and a process killed meanwhile leaves a folder that
     * cannot be opened. So a new database is made beside its folder and moved into place in one step.
     */
    private static void createAtomically(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new StoreException(dir + ": this is a file, not a database folder; nothing was changed"
                        + " (give a new or empty folder with --db)");
            }
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
            mark(fresh);
            if (Files.isDirectory(target)) {
                Files.delete(target); // the empty folder checked above: nothing of the user's
            }
            Files.move(fresh, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the database (" + e.getMessage() + ")", e);
        }
    }

    /** Opens an existing database; a folder that holds none is an error, not an empty database. */
    public static Tdb2Store openExisting(Path dir) {
        Served served = SERVED.get(key(dir));
        if (served != null) {
            return new Tdb2Store(dir, served.dsg(), served.textIndex());
        }
        if (!Files.isDirectory(dir) || !looksLikeTdb2(dir)) {
            throw new StoreException(dir + ": no database here (run `bulletin-kg build` first, or give --db)");
        }
        return connect(dir);
    }

    private static Tdb2Store connect(Path dir) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Tdb2Store(dir, dsg, null);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Failed to get a lock")) {
                throw new StoreException(dir + ": another process holds the database (a build, or a server started"
                        + " before this version of bulletin-kg, which leaves no way to reach it); wait for it to finish,"
                        + " or stop it, and run the command again", e);
            }
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

    /** The full-text index a server of this process has open on this database, or null (open it from its folder). */
    public org.apache.jena.query.text.TextIndex servedTextIndex() {
        if (servedIndex != null) {
            return servedIndex;
        }
        Served served = SERVED.get(key(dir)); // a server of this process started after this store was opened
        return served == null ? null : served.textIndex();
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

    /** Whether a named graph holds this owl:versionInfo of itself (the gazetteer graph: loaded once per version). */
    public boolean holdsGraphVersion(Node graph, String version) {
        return Txn.calculateRead(dsg, () -> dsg.contains(graph, graph, org.apache.jena.vocabulary.OWL.versionInfo.asNode(),
                NodeFactory.createLiteralString(version)));
    }

    /** Loads the ontology files bundled with the program into their own named graphs (replacing earlier copies). */
    public long loadOntology() {
        List<List<Quad>> blocks = new ArrayList<>();
        ontology(blocks::add);
        List<Node> graphs = blocks.stream().map(b -> b.get(0).getGraph()).toList();
        return replaceGraphs(graphs, out -> blocks.forEach(b -> b.forEach(out::quad)));
    }

    /** Hands the bundled ontology files over as one block of quads per file, each in its own named graph. */
    public static void ontology(Consumer<List<Quad>> blocks) {
        for (String f : ONTOLOGY_FILES) {
            blocks.accept(readOntologyFile(f));
        }
    }

    /** One bundled ontology file's quads, in the file's own named graph. */
    private static List<Quad> readOntologyFile(String file) {
        List<Quad> quads = new ArrayList<>();
        try (InputStream in = Tdb2Store.class.getClassLoader().getResourceAsStream("ontology/" + file)) {
            if (in == null) {
                throw new StoreException("ontology file missing from the program: " + file);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(new GraphStream(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads.add(q);
                }
            }, ontologyGraph(file)));
        } catch (IOException e) {
            throw new StoreException("cannot read ontology " + file, e);
        }
        return quads;
    }

    private static Node ontologyGraph(String file) {
        return NodeFactory.createURI(ONTOLOGY_GRAPH_BASE + file.replace(".ttl", ""));
    }

    /**
     * Refuses a database whose graphs were written for another version of the ontology (owl:versionInfo of
     * its stored ontology graph): a build replaces only the bulletins it is given, so the others would stay
     * in the old shape, unsearchable by the library's queries and failing the shapes. Nothing is touched.
     */
    public void checkOntologyVersion() {
        String stored = storedOntologyVersion();
        String bundled = bundledOntologyVersion();
        // a patch version (0.4.0 to 0.4.1) only adds terms: data of either reads the same
        if (stored != null && !majorMinor(stored).equals(majorMinor(bundled))) {
            throw new StoreException(dir + ": the database was built with ontology " + stored + " and this program writes "
                    + bundled + "; build all the bulletins into a new database folder (--db) instead of adding to this one");
        }
    }

    private static String majorMinor(String version) {
        int second = version.indexOf('.', version.indexOf('.') + 1);
        return second < 0 ? version : version.substring(0, second);
    }

    /** The version of the ontology stored in the database, or null where it holds none. */
    public String storedOntologyVersion() {
        Node g = ontologyGraph(MAIN_ONTOLOGY_FILE);
        return Txn.calculateRead(dsg, () -> {
            var found = dsg.find(g, ONTOLOGY, OWL2.versionInfo.asNode(), Node.ANY);
            return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /** The version of the ontology bundled with this program (read once, from the main ontology file only). */
    public static String bundledOntologyVersion() {
        return BundledVersion.VERSION;
    }

    private static final class BundledVersion {
        static final String VERSION = readOntologyFile(MAIN_ONTOLOGY_FILE).stream()
                .filter(q -> q.getSubject().equals(ONTOLOGY) && q.getPredicate().equals(OWL2.versionInfo.asNode()))
                .map(q -> q.getObject().getLiteralLexicalForm())
                .findFirst()
                .orElseThrow(() -> new StoreException("the bundled ontology has no owl:versionInfo"));
    }

    /** Whether the database holds no quad at all (a fresh database, which a build bulk-loads). */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /**
     * Stores the quads of a build: bulk-loaded into an empty database; otherwise each graph in the spill
     * replaced in write transactions, then the database compacted if it has outgrown its compact size
     * ({@link CompactSize}).
     *
     * @param stored counts the quads stored so far, for a progress line
     */
    public Loaded load(QuadSpill spill, AtomicLong stored) {
        long t0 = System.nanoTime();
        if (isEmpty()) {
            long quads = BulkLoad.load(dsg, spill, stored);
            long bytes = bytesOnDisk();
            CompactSize.record(dir, bytes);
            return new Loaded(quads, true, millisSince(t0), bytes, false, 0);
        }
        GraphReplacement replacement = new GraphReplacement(dsg, QUADS_PER_TRANSACTION, stored);
        try {
            spill.replay(replacement);
        } catch (RuntimeException e) {
            replacement.abandon();
            throw e instanceof StoreException ? e : new StoreException(dir + ": storing the build failed (" + e.getMessage() + ")", e);
        }
        long loadMillis = millisSince(t0);
        long bytes = bytesOnDisk();
        if (!CompactSize.outgrown(dir, bytes)) {
            return new Loaded(stored.get(), false, loadMillis, bytes, false, 0);
        }
        long t1 = System.nanoTime();
        compact();
        return new Loaded(stored.get(), false, loadMillis, bytes, true, millisSince(t1));
    }

    /**
     * Rewrites the database without the index blocks that earlier transactions left behind (TDB2 is
     * copy-on-write) and deletes the old copy.
     */
    public void compact() {
        try {
            DatabaseMgr.compact(dsg, true);
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": compaction failed (" + e.getMessage() + ")", e);
        }
        CompactSize.record(dir, bytesOnDisk());
    }

    /** Bytes the database's storage takes (TDB2's {@code Data-NNNN} folders; a build's spill file is not counted). */
    public long bytesOnDisk() {
        try (var files = Files.walk(dir)) {
            return files.filter(p -> Files.isRegularFile(p) && !p.getParent().equals(dir)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot measure the database (" + e.getMessage() + ")", e);
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Names of the bulletin graphs in the database. */
    public List<Node> bulletinGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!g.getURI().startsWith(ONTOLOGY_GRAPH_BASE) && !g.getURI().startsWith(DERIVED_GRAPH_BASE)) {
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
        if (servedIndex == null && !SERVED.containsKey(key(dir))) {
            TDBInternal.expel(dsg); // a served database stays open: the server holds it
        }
    }
}

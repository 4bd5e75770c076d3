package org.bulletinkg.ontology;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.bulletinkg.pipeline.Pipeline;
import org.bulletinkg.store.Tdb2Store;

/**
 * The graph the bundled samples build into: the union of a database's graphs (bulletins, ontology, concept
 * schemes, and the gazetteer's divisions the data points to), copied into memory once per test run so that
 * tests can change copies of it freely.
 */
final class SampleGraph {
    private static Graph union;

    private SampleGraph() {
    }

    /** A fresh copy of the samples' union graph. */
    static synchronized Graph copy() {
        if (union == null) {
            union = build(List.of(Path.of("samples")), null);
        }
        Graph g = GraphFactory.createDefaultGraph();
        union.find().forEachRemaining(g::add);
        return g;
    }

    /** Builds bulletins into a temporary database and returns the union of its graphs, in memory. */
    static Graph build(List<Path> inputs, Path manifest) {
        Path dir;
        try {
            dir = Files.createTempDirectory("bkg-sample");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Graph g = GraphFactory.createDefaultGraph();
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            Pipeline.build(inputs, manifest, store, true, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()));
            var dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> {
                // every graph but the gazetteer's 42,000 divisions, of which only those the data points to
                // (and their parents): the rest cannot change what the shapes or the reasoner say of the data
                org.apache.jena.graph.Node gazetteer = org.apache.jena.graph.NodeFactory.createURI(Tdb2Store.GAZETTEER_GRAPH);
                dsg.find().forEachRemaining(q -> {
                    if (!q.getGraph().equals(gazetteer)) {
                        g.add(q.asTriple());
                    }
                });
                Graph divisions = dsg.getGraph(gazetteer);
                java.util.Deque<org.apache.jena.graph.Node> todo = new java.util.ArrayDeque<>();
                g.find().forEachRemaining(t -> todo.add(t.getObject()));
                java.util.Set<org.apache.jena.graph.Node> seen = new java.util.HashSet<>();
                while (!todo.isEmpty()) {
                    org.apache.jena.graph.Node n = todo.pop();
                    if (n.isURI() && seen.add(n)) {
                        divisions.find(n, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).forEachRemaining(t -> {
                            g.add(t);
                            todo.add(t.getObject());
                        });
                    }
                }
            });
        } finally {
            delete(dir);
        }
        return g;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

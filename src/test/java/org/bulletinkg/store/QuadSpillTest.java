package org.bulletinkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spill keeps each block whole; storing it replaces graphs whole, by bulk load or by transactions. */
class QuadSpillTest {

    private static List<Quad> block(String graph, int n, String value) {
        Node g = NodeFactory.createURI("http://example.org/g/" + graph);
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            quads.add(Quad.create(g, NodeFactory.createURI("http://example.org/s" + i),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(value + i)));
        }
        return quads;
    }

    @Test
    void blocksWrittenFromManyThreadsStayTogether(@TempDir Path dir) throws Exception {
        try (QuadSpill spill = QuadSpill.create(dir)) {
            IntStream.range(0, 40).parallel().forEach(i -> spill.append(block("b" + i, 50, "v")));
            assertEquals(2_000, spill.quads());
            assertEquals(40, spill.blocks());
            List<Node> order = new ArrayList<>();
            spill.replay(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (order.isEmpty() || !order.get(order.size() - 1).equals(q.getGraph())) {
                        order.add(q.getGraph());
                    }
                }
            });
            assertEquals(40, order.size(), "a block was split: " + order.size() + " runs");
            assertEquals(40, order.stream().distinct().count());
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "the spill file was left behind");
        }
    }

    @Test
    void storingReplacesEachGraphWhole(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            assertTrue(store.isEmpty());
            try (QuadSpill first = QuadSpill.create(dir)) {
                first.append(block("a", 30, "old"));
                first.append(block("b", 5, "old"));
                Tdb2Store.Loaded loaded = store.load(first, new AtomicLong());
                assertTrue(loaded.bulk(), "an empty database is bulk-loaded");
                assertEquals(35, loaded.quads());
            }
            try (QuadSpill second = QuadSpill.create(dir)) {
                second.append(block("a", 3, "new"));
                second.append(block("c", 2, "new"));
                Tdb2Store.Loaded loaded = store.load(second, new AtomicLong());
                assertFalse(loaded.bulk(), "a database with data takes transactions");
            }
            Txn.executeRead(store.datasetGraph(), () -> {
                Node a = NodeFactory.createURI("http://example.org/g/a");
                assertEquals(3, store.datasetGraph().getGraph(a).size(), "graph a was not replaced whole");
                assertTrue(store.datasetGraph().getGraph(a).find().toList().stream()
                        .allMatch(t -> t.getObject().getLiteralLexicalForm().startsWith("new")));
                assertEquals(5, store.datasetGraph().getGraph(NodeFactory.createURI("http://example.org/g/b")).size());
                assertEquals(2, store.datasetGraph().getGraph(NodeFactory.createURI("http://example.org/g/c")).size());
            });
        }
    }

    @Test
    void compactionKeepsTheDataAndRecordsTheCompactSize(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            try (QuadSpill spill = QuadSpill.create(dir)) {
                spill.append(block("a", 100, "x"));
                store.load(spill, new AtomicLong());
            }
            for (int round = 0; round < 3; round++) {
                try (QuadSpill spill = QuadSpill.create(dir)) {
                    spill.append(block("a", 100, "y" + round));
                    store.load(spill, new AtomicLong());
                }
            }
            store.compact();
            assertTrue(Files.isRegularFile(dir.resolve("db").resolve("bulletin-kg.compact-bytes")));
            assertFalse(CompactSize.outgrown(dir.resolve("db"), store.bytesOnDisk()));
            assertEquals(100, store.size());
        }
    }

    @Test
    void leftoversOfAnInterruptedBuildAreRemovedAndNothingElse(@TempDir Path dir) throws Exception {
        Path leftover = Files.writeString(dir.resolve("bulletin-kg-8123456789.rt"), "x");
        Path other = Files.writeString(dir.resolve("bulletin-kg.compact-bytes"), "1");
        QuadSpill.removeLeftovers(dir);
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(other));
    }
}

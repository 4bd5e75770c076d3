package org.bulletinkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building the same input twice leaves the dataset it leaves after one build: graphs are replaced, not added to. */
class BuildTwiceTest {

    @Test
    void secondBuildChangesNothing(@TempDir Path dir) {
        DatasetGraph once;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("once"))) {
            TestBuilds.build(store, List.of(TestBuilds.SAMPLES), null);
            once = TestBuilds.snapshot(store);
        }
        DatasetGraph twice;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("twice"))) {
            TestBuilds.build(store, List.of(TestBuilds.SAMPLES), null);
            long first = store.size();
            TestBuilds.build(store, List.of(TestBuilds.SAMPLES), null);
            assertEquals(first, store.size());
            twice = TestBuilds.snapshot(store);
        }
        assertTrue(once.find().hasNext(), "the build stored nothing");
        assertTrue(IsoMatcher.isomorphic(once, twice), "a second build changed the dataset");
    }

    @Test
    void sameInputGivesSameIrisInAnotherDatabase(@TempDir Path dir) {
        DatasetGraph a;
        DatasetGraph b;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("a"))) {
            TestBuilds.build(store, List.of(TestBuilds.SAMPLES), null);
            a = TestBuilds.snapshot(store);
        }
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("b"))) {
            TestBuilds.build(store, List.of(TestBuilds.SAMPLES), null);
            b = TestBuilds.snapshot(store);
        }
        // no blank nodes: equal quad sets, not merely isomorphic ones
        assertEquals(a.stream().map(Object::toString).sorted().toList(), b.stream().map(Object::toString).sorted().toList());
    }
}

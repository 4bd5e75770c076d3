package org.bulletinkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.bulletinkg.StoreException;
import org.bulletinkg.vocab.BKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index beside a database follows the graphs it is told were replaced or removed. */
class TextIndexTest {
    private static final Node G1 = NodeFactory.createURI("http://example.org/graph/1");
    private static final Node G2 = NodeFactory.createURI("http://example.org/graph/2");
    private static final Node E1 = NodeFactory.createURI("http://example.org/evidence/1");
    private static final Node E2 = NodeFactory.createURI("http://example.org/evidence/2");

    @TempDir
    Path dir;

    @Test
    void replacedGraphsLoseTheirOldEntriesAndOthersKeepTheirs() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            write(store, G1, E1, "研究中关村科学城建设工作。");
            write(store, G2, E2, "研究城市规划管理工作。");
            TextIndex.update(store, List.of(G1, G2));
            assertEquals(List.of(E1), sentences("科学城"));

            write(store, G1, E1, "研究怀柔科学城建设工作。");
            TextIndex.update(store, List.of(G1));
            assertEquals(List.of(E1), sentences("怀柔科学城"));
            assertEquals(List.of(), sentences("中关村"));
            assertEquals(List.of(E2), sentences("城市规划"), "a graph not replaced keeps its entries");

            store.replaceGraphs(List.of(G1), sink -> { });
            TextIndex.update(store, List.of(G1));
            assertEquals(List.of(), sentences("科学城"), "a removed graph leaves nothing behind");
        }
    }

    @Test
    void aDatabaseWithoutIndexGetsAWholeOneAndTheOntologyIsAlwaysIndexed() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.loadOntology();
            write(store, G1, E1, "做好“六稳”工作。");
            write(store, G2, E2, "落实“六保”任务。");
            assertFalse(TextIndex.exists(dir));

            TextIndex.update(store, List.of(G2));

            assertTrue(TextIndex.exists(dir));
            assertEquals(List.of(E1), sentences("六稳"), "graphs not named in the update were indexed too");
            assertEquals(1, search(SKOS.prefLabel.asNode(), "六稳").size(), "the strategy scheme's labels");
        }
    }

    @Test
    void anIndexInUseIsReportedAsSuch() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            write(store, G1, E1, "研究中关村科学城建设工作。");
            TextIndex.update(store, List.of(G1));
            org.apache.jena.query.text.TextIndex open = TextIndexDefinition.open(TextIndex.folderOf(dir));
            try {
                StoreException e = assertThrows(StoreException.class, () -> TextIndex.update(store, List.of(G1)));
                assertTrue(e.getMessage().contains("full-text index"), e.getMessage());
            } finally {
                open.close();
            }
        }
    }

    private static void write(Tdb2Store store, Node graph, Node evidence, String sentence) {
        store.replaceGraphs(List.of(graph), sink -> {
            sink.quad(Quad.create(graph, evidence, BKG.sentenceText.asNode(), NodeFactory.createLiteralLang(sentence, "zh")));
            sink.quad(Quad.create(graph, evidence, RDFS.label.asNode(), NodeFactory.createLiteralString("evidence")));
        });
    }

    private List<Node> sentences(String words) {
        return search(BKG.sentenceText.asNode(), words).stream().map(TextHit::getNode).distinct().toList();
    }

    private List<TextHit> search(Node property, String words) {
        org.apache.jena.query.text.TextIndex index = TextIndexDefinition.open(TextIndex.folderOf(dir));
        try {
            return index.query(property, words, null, null, 100);
        } finally {
            index.close();
        }
    }
}

package org.bulletinkg.cli;

import org.bulletinkg.pipeline.Pipeline;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulletinkg.eval.FieldScore;
import org.bulletinkg.eval.ScoreReport;
import org.bulletinkg.eval.Scorer;
import org.bulletinkg.facts.FactsReader;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev gold set, end to end: build, read facts back out of the graph, score. Fails when the macro-F1
 * drops below 0.95 or any field's F1 below 0.90.
 */
class ExtractionQualityTest {
    @Test
    void devSetMeetsTargets(@TempDir Path dir) {
        Path dev = TestBuilds.SHARED.resolve("eval/dev");
        assumeTrue(Files.isDirectory(dev), "shared/eval/dev is not beside the project");
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            Pipeline.Report r = TestBuilds.build(store, List.of(), dev.resolve("manifest.json"));
            assertTrue(r.failed() == 0, "failures: " + r.failures());
            new FactsReader(store.datasetGraph()).writeAll(store.bulletinGraphs(), dir.resolve("facts"));
        }
        ScoreReport report = Scorer.score(dev, dir.resolve("facts"), false);
        String table = report.format();
        assertTrue(report.macroF1() >= 0.95, "macro-F1 below 0.95:\n" + table);
        for (FieldScore f : report.fields()) {
            assertTrue(!f.counted() || f.f1() >= 0.90, f.field() + " F1 below 0.90:\n" + table);
        }
    }
}

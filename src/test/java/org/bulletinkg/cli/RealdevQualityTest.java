package org.bulletinkg.cli;

import org.bulletinkg.pipeline.Pipeline;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletinkg.eval.ScoreReport;
import org.bulletinkg.eval.Scorer;
import org.bulletinkg.facts.FactsReader;
import org.bulletinkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the real bulletins of shared/eval/realdev when their texts have been collected (README there; they
 * are not ours to ship, so they live outside the repository: the folder named by -Drealdev.collected, else
 * ../collected beside the project). Skipped, and says so, when they are not there. The floor below is the
 * figure this build reached, so that a change that loses ground on real text fails here.
 */
class RealdevQualityTest {
    private static final double MACRO_FLOOR = 0.89;

    @Test
    void realBulletinsScoreAtLeastTheFloor(@TempDir Path dir) throws IOException {
        Path realdev = TestBuilds.SHARED.resolve("eval/realdev");
        Path collected = Path.of(System.getProperty("realdev.collected", "../collected"));
        assumeTrue(Files.isDirectory(realdev), "skipped: " + realdev + " is not beside the project");
        assumeTrue(Files.isDirectory(collected) && Files.exists(collected.resolve("d001.txt")),
                "skipped: no collected realdev texts in " + collected.toAbsolutePath()
                        + " (collect them as shared/eval/realdev/README.md says, or give -Drealdev.collected=DIR)");
        Path set = assemble(realdev, collected, Files.createDirectories(dir.resolve("set")));
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            Pipeline.Report r = TestBuilds.build(store, List.of(), set.resolve("manifest.json"));
            assertTrue(r.failed() == 0 && r.internalErrors() == 0, "failures: " + r.failures());
            new FactsReader(store.datasetGraph()).writeAll(store.bulletinGraphs(), dir.resolve("facts"));
        }
        ScoreReport report = Scorer.score(set, dir.resolve("facts"), false);
        System.out.print("realdev:\n" + report.format());
        assertTrue(report.macroF1() >= MACRO_FLOOR, "realdev macro-F1 below " + MACRO_FLOOR + ":\n" + report.format());
    }

    /** What shared/eval/realdev/assemble.py does: the title line (empty for a made-up one), the text, gold, manifest. */
    private static Path assemble(Path realdev, Path collected, Path out) throws IOException {
        JsonArray entries = JsonParser.parseString(Files.readString(realdev.resolve("manifest.json"), StandardCharsets.UTF_8))
                .getAsJsonArray();
        JsonArray manifest = new JsonArray();
        for (JsonElement e : entries) {
            JsonObject entry = e.getAsJsonObject();
            String file = entry.get("file").getAsString();
            Path src = collected.resolve(file);
            if (!Files.exists(src)) {
                continue;
            }
            List<String> lines = Files.readAllLines(src, StandardCharsets.UTF_8);
            List<String> body = new ArrayList<>();
            body.add(lines.get(0).startsWith("[") ? "" : lines.get(0));
            for (String l : lines.subList(1, lines.size())) {
                if (!l.startsWith("SOURCE:")) {
                    body.add(l);
                }
            }
            Files.writeString(out.resolve(file), String.join("\n", body) + "\n", StandardCharsets.UTF_8);
            String stem = file.substring(0, file.lastIndexOf('.'));
            Files.copy(realdev.resolve("gold").resolve(stem + ".gold.json"), out.resolve(stem + ".gold.json"));
            JsonObject m = new JsonObject();
            for (String k : List.of("file", "source_url", "jurisdiction", "published")) {
                m.add(k, entry.get(k));
            }
            manifest.add(m);
        }
        Files.writeString(out.resolve("manifest.json"), manifest.toString(), StandardCharsets.UTF_8);
        return out;
    }
}

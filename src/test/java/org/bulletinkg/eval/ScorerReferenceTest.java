package org.bulletinkg.eval;

import static org.bulletinkg.eval.EvalFixtures.FACTS;
import static org.bulletinkg.eval.EvalFixtures.bulletinName;
import static org.bulletinkg.eval.EvalFixtures.fullWidth;
import static org.bulletinkg.eval.EvalFixtures.readObject;
import static org.bulletinkg.eval.EvalFixtures.writeJson;
import static org.bulletinkg.eval.ReferenceScorer.assertSameAsReference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer prints exactly what the reference score.py prints, on the same directories. */
class ScorerReferenceTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void needPython() {
        ReferenceScorer.assumePython();
    }

    @Test
    void handWorkedFigures() {
        assertSameAsReference(ScorerFiguresTest.resource("figures/gold"), ScorerFiguresTest.resource("figures/facts"));
    }

    /**
     * quirks/: null dates, duplicate meeting keys in gold and facts, 174 vs 174.0 and True vs 1, an empty
     * meeting matched by an empty meeting, strings where lists belong, null items, non-string values, Unicode
     * padding, optional names given as a string, a bulletin without facts; plus a hidden gold file (not valid
     * JSON: glob skips it) and files that are not gold files.
     */
    @Test
    void quirks() throws IOException {
        Path gold = copy(ScorerFiguresTest.resource("quirks/gold"), tmp.resolve("gold"));
        Path facts = copy(ScorerFiguresTest.resource("quirks/facts"), tmp.resolve("facts"));
        EvalFixtures.write(gold.resolve(".hidden.gold.json"), "not json");
        EvalFixtures.write(gold.resolve("q9.gold.json.bak"), "not json");
        EvalFixtures.write(facts.resolve("q9.facts.json"), "not json");
        ScoreReport report = assertSameAsReference(gold, facts);
        assertEquals(5, report.field("meetings").tp(), report.format());
    }

    @Test
    void devPerfectFacts() {
        ReferenceScorer.assumeDevGold();
        EvalFixtures.writePerfectFacts(ReferenceScorer.devGoldDir(), tmp);
        assertEquals(1.0, assertSameAsReference(ReferenceScorer.devGoldDir(), tmp).macroF1());
    }

    @Test
    void devMissingFactsFiles() throws IOException {
        ReferenceScorer.assumeDevGold();
        assertSameAsReference(ReferenceScorer.devGoldDir(), tmp);
        EvalFixtures.writePerfectFacts(ReferenceScorer.devGoldDir(), tmp);
        try (Stream<Path> files = Files.list(tmp)) {
            List<Path> all = files.sorted().toList();
            for (int i = 0; i < all.size(); i += 2) {
                Files.delete(all.get(i));
            }
        }
        assertSameAsReference(ReferenceScorer.devGoldDir(), tmp);
    }

    /** Every bulletin of the dev set, degraded the same ways a real extractor goes wrong. */
    @Test
    void devDegradedFacts() {
        ReferenceScorer.assumeDevGold();
        List<Path> golds = EvalFixtures.goldFiles(ReferenceScorer.devGoldDir());
        for (int i = 0; i < golds.size(); i++) {
            if (i == 1) {
                continue; // no facts file for this one
            }
            JsonObject gold = readObject(golds.get(i));
            JsonObject facts = degrade(gold, EvalFixtures.perfectFacts(gold), i);
            writeJson(tmp.resolve(bulletinName(golds.get(i)) + FACTS), facts);
        }
        ScoreReport report = assertSameAsReference(ReferenceScorer.devGoldDir(), tmp);
        for (FieldScore f : report.fields()) {
            assertTrue(f.tp() > 0 || !f.counted(), f.line());
        }
        assertTrue(report.macroF1() > 0.3 && report.macroF1() < 1.0, report.format());
    }

    /** Aliases in place of canonical names, optional names, full-width text and wrong people and posts. */
    private static JsonObject degrade(JsonObject gold, JsonObject facts, int variant) {
        JsonArray meetings = facts.getAsJsonArray("meetings");
        JsonObject first = meetings.get(0).getAsJsonObject();
        switch (variant % 4) {
            case 0 -> first.add("date", JsonNull.INSTANCE); // unmatched meeting
            case 1 -> {
                JsonObject copy = first.deepCopy(); // duplicate key: the later one wins
                copy.addProperty("chair", "冒名者");
                meetings.add(copy);
            }
            case 2 -> first.addProperty("number", first.get("number").isJsonNull() ? 1.0 : first.get("number").getAsDouble());
            default -> first.addProperty("expanded", !first.get("expanded").getAsBoolean());
        }
        JsonArray documents = first.getAsJsonArray("documents");
        for (int k = 0; k < documents.size(); k++) {
            String doc = documents.get(k).getAsString();
            documents.set(k, new com.google.gson.JsonPrimitive(k % 2 == 0 ? "《" + fullWidth(doc) + "》" : "“" + doc + "”"));
        }
        documents.add("不存在的文件");
        if (!first.get("chair").isJsonNull()) {
            first.addProperty("chair", "\u3000" + first.get("chair").getAsString() + " ");
        }

        JsonArray people = facts.getAsJsonArray("people");
        people.remove(people.size() - 1);
        JsonObject stranger = new JsonObject();
        stranger.addProperty("name", "路人甲");
        stranger.add("posts", new JsonArray());
        stranger.getAsJsonArray("posts").add("局长");
        people.add(stranger);
        people.get(0).getAsJsonObject().getAsJsonArray("posts").add("错误职务");
        if (people.size() > 2) {
            JsonObject twin = people.get(1).getAsJsonObject().deepCopy(); // same name again, other posts
            twin.add("posts", new JsonArray());
            people.add(twin);
        }

        for (String field : List.of("organizations", "places")) {
            JsonArray flat = new JsonArray();
            JsonArray groups = gold.getAsJsonArray(field);
            for (int k = 0; k < groups.size(); k++) {
                JsonArray group = groups.get(k).getAsJsonArray();
                if (k % 3 != 2) {
                    flat.add(group.get(k % group.size())); // an alias, not always the canonical name
                }
            }
            JsonElement optional = gold.get(field + "_optional");
            if (optional != null && optional.getAsJsonArray().size() > 0) {
                flat.add(optional.getAsJsonArray().get(0));
            }
            flat.add("某" + field);
            facts.add(field, flat);
        }

        JsonArray strategies = facts.getAsJsonArray("strategies");
        if (!strategies.isEmpty()) {
            strategies.add("“" + strategies.get(0).getAsString() + "”工作");
            strategies.set(0, new com.google.gson.JsonPrimitive("“" + strategies.get(0).getAsString() + "”"));
        }
        JsonArray optional = gold.getAsJsonArray("strategies_optional");
        if (!optional.isEmpty()) {
            strategies.add(optional.get(optional.size() - 1));
        }
        return facts;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }
}

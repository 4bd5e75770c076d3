package org.bulletinkg.eval;

import static org.bulletinkg.eval.EvalFixtures.FACTS;
import static org.bulletinkg.eval.EvalFixtures.bulletinName;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Randomly degraded facts for the dev set (fixed seeds): the Java scorer and score.py agree every time. */
class ScorerFuzzTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void agreesWithReference(long seed, @TempDir Path tmp) {
        ReferenceScorer.assumePython();
        ReferenceScorer.assumeDevGold();
        Random random = new Random(seed);
        List<Path> golds = EvalFixtures.goldFiles(ReferenceScorer.devGoldDir());
        for (Path goldFile : golds) {
            if (random.nextInt(8) == 0) {
                continue; // missing facts file
            }
            JsonObject gold = EvalFixtures.readObject(goldFile);
            JsonObject facts = new FactsMutator(random.nextLong(), gold, EvalFixtures.perfectFacts(gold))
                    .mutate(1 + random.nextInt(3 + (int) seed));
            EvalFixtures.writeJson(tmp.resolve(bulletinName(goldFile) + FACTS), facts);
        }
        ReferenceScorer.assertSameAsReference(ReferenceScorer.devGoldDir(), tmp);
    }
}

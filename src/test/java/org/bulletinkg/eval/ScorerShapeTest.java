package org.bulletinkg.eval;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.bulletinkg.BadInputException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where score.py stops with a Python exception, the Java scorer throws BadInputException. */
class ScorerShapeTest {
    private static final String MEETING = "{\"kind\": \"other\", \"number\": 1, \"date\": \"2020-01-01\"";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            person without a name in gold   | {"people": [{"posts": []}]}                          | {}
            person is a string in gold      | {"people": ["于军"]}                                  | {}
            gold strategies null            | {"strategies": null}                                 | {}
            gold posts null                 | {"people": [{"name": "a", "posts": null}]}            | {}
            gold is a list                  | []                                                   | {}
            facts is a list                 | {}                                                   | []
            facts meeting is a string       | {}                                                   | {"meetings": ["x"]}
            facts meetings is a dict        | {}                                                   | {"meetings": {"a": 1}}
            facts kind is a list            | {}                                                   | {"meetings": [{"kind": [1]}]}
            facts term is a list            | {"meetings": [MEETING}]}                             | {"meetings": [MEETING, "term": [16]}]}
            facts attendees is a number     | {"meetings": [MEETING}]}                             | {"meetings": [MEETING, "attendees": 5}]}
            facts posts is a number         | {}                                                   | {"people": [{"name": "a", "posts": 5}]}
            facts trailing comma            | {}                                                   | {"people": [],}
            facts trailing data             | {}                                                   | {} {}
            facts single quotes             | {}                                                   | {'people': []}
            facts byte-order mark           | {}                                                   | \uFEFF{}
            """)
    void bothRefuse(String what, String gold, String facts, @TempDir Path tmp) {
        EvalFixtures.write(tmp.resolve("gold/x.gold.json"), gold.replace("MEETING", MEETING));
        EvalFixtures.write(tmp.resolve("facts/x.facts.json"), facts.replace("MEETING", MEETING));
        assertThrows(BadInputException.class, () -> Scorer.score(tmp.resolve("gold"), tmp.resolve("facts"), false), what);
        ReferenceScorer.assumePython();
        assertNotEquals(0, ReferenceScorer.score(tmp.resolve("gold"), tmp.resolve("facts"), false).exit(), what);
    }
}

package org.bulletinkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures worked out by hand (and checked against score.py once): these tests need no Python. */
class ScorerFiguresTest {
    static Path resource(String name) {
        try {
            return Path.of(ScorerFiguresTest.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * figures/: bulletin a has one meeting matched (number 12.0 = 12, full-width date) and one not (date
     * differs), an extra attendee, one person too many and one missing, an org alias, an optional org and
     * strategy; bulletin b has no facts file at all.
     */
    @Test
    void handWorkedFigures() {
        ScoreReport report = Scorer.score(resource("figures/gold"), resource("figures/facts"), false);
        String expected = """
                meetings                     tp=  1 fp=  1 fn=  2  P=0.500 R=0.333 F1=0.400
                meeting.chair                tp=  1 fp=  0 fn=  2  P=1.000 R=0.333 F1=0.500
                meeting.attendees            tp=  1 fp=  1 fn=  1  P=0.500 R=0.500 F1=0.500
                meeting.nonvoting            tp=  0 fp=  0 fn=  1  P=1.000 R=0.000 F1=0.000
                meeting.presenters           tp=  1 fp=  0 fn=  0  P=1.000 R=1.000 F1=1.000
                meeting.documents            tp=  1 fp=  0 fn=  1  P=1.000 R=0.500 F1=0.667
                meeting.instructions_from    tp=  1 fp=  0 fn=  0  P=1.000 R=1.000 F1=1.000
                meeting.body                 tp=  1 fp=  0 fn=  2  P=1.000 R=0.333 F1=0.500
                meeting.term                 tp=  0 fp=  0 fn=  1  P=1.000 R=0.000 F1=0.000
                meeting.expanded             tp=  1 fp=  0 fn=  2  P=1.000 R=0.333 F1=0.500
                people                       tp=  2 fp=  1 fn=  2  P=0.667 R=0.500 F1=0.571
                people.posts                 tp=  2 fp=  1 fn=  3  P=0.667 R=0.400 F1=0.500
                organizations                tp=  1 fp=  1 fn=  1  P=0.500 R=0.500 F1=0.500
                places                       tp=  1 fp=  1 fn=  1  P=0.500 R=0.500 F1=0.500
                strategies                   tp=  1 fp=  1 fn=  1  P=0.500 R=0.500 F1=0.500
                reporters                    tp=  1 fp=  0 fn=  1  P=1.000 R=0.500 F1=0.667
                macro-F1 0.519
                """;
        assertEquals(expected, report.format());
        assertEquals(Scorer.FIELDS, report.fields().stream().map(FieldScore::field).toList());

        FieldScore people = report.field("people");
        assertEquals(List.of(2, 1, 2), List.of(people.tp(), people.fp(), people.fn()));
        assertEquals(2.0 / 3, people.precision(), 1e-15);
        assertEquals(0.5, people.recall(), 1e-15);
        assertEquals(4.0 / 7, people.f1(), 1e-15);
        FieldScore nonvoting = report.field("meeting.nonvoting");
        assertEquals(1.0, nonvoting.precision());
        assertEquals(0.0, nonvoting.f1());
        assertTrue(nonvoting.counted());
        assertEquals(8.304761904761905 / 16, report.macroF1(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> report.field("nope"));
    }

    @Test
    void handWorkedFiguresMeetingsOnly() {
        ScoreReport report = Scorer.score(resource("figures/gold"), resource("figures/facts"), true);
        String expected = """
                meetings                     tp=  1 fp=  1 fn=  2  P=0.500 R=0.333 F1=0.400
                meeting.chair                tp=  1 fp=  0 fn=  2  P=1.000 R=0.333 F1=0.500
                meeting.body                 tp=  1 fp=  0 fn=  2  P=1.000 R=0.333 F1=0.500
                meeting.term                 tp=  0 fp=  0 fn=  1  P=1.000 R=0.000 F1=0.000
                meeting.expanded             tp=  1 fp=  0 fn=  2  P=1.000 R=0.333 F1=0.500
                macro-F1 0.380
                """;
        assertEquals(expected, report.format());
        assertEquals(Scorer.MEETING_FIELDS, report.fields().stream().map(FieldScore::field).toList());
    }

    /** Nothing to count: every field 1.000 (0/0), none enters the macro-F1, which is 0.000. */
    @Test
    void emptyGoldDirectory(@TempDir Path tmp) {
        ScoreReport report = Scorer.score(tmp, tmp.resolve("no-facts"), false);
        assertEquals(16, report.fields().size());
        for (FieldScore f : report.fields()) {
            assertEquals(String.format("%-28s tp=  0 fp=  0 fn=  0  P=1.000 R=1.000 F1=1.000", f.field()), f.line());
        }
        assertEquals(0.0, report.macroF1());
        assertTrue(report.format().endsWith("\nmacro-F1 0.000\n"));
        assertEquals(report.format(), Scorer.score(tmp.resolve("missing"), tmp, false).format());
    }

    @Test
    void devGoldScoredAgainstItselfIsPerfect(@TempDir Path tmp) {
        ReferenceScorer.assumeDevGold();
        EvalFixtures.writePerfectFacts(ReferenceScorer.devGoldDir(), tmp);
        ScoreReport report = Scorer.score(ReferenceScorer.devGoldDir(), tmp, false);
        for (FieldScore f : report.fields()) {
            assertEquals(0, f.fp() + f.fn(), f.line());
            assertEquals(1.0, f.f1(), f.line());
        }
        assertTrue(report.field("meetings").tp() >= 10, report.format());
        assertTrue(report.field("people.posts").tp() > report.field("people").tp() / 2, report.format());
        assertEquals(1.0, report.macroF1());
        assertTrue(report.format().endsWith("\nmacro-F1 1.000\n"));
    }

    @Test
    void devGoldWithoutFactsIsAllMisses(@TempDir Path tmp) {
        ReferenceScorer.assumeDevGold();
        ScoreReport report = Scorer.score(ReferenceScorer.devGoldDir(), tmp, false);
        for (FieldScore f : report.fields()) {
            assertEquals(0, f.tp() + f.fp(), f.line());
            assertEquals(f.counted() ? 0.0 : 1.0, f.f1(), f.line());
        }
        assertTrue(report.field("meetings").fn() >= 10);
        assertEquals(0.0, report.macroF1());
    }

    @Test
    void pythonRounding() {
        assertEquals("0.062", FieldScore.fixed3(0.0625)); // exact tie: half to even
        assertEquals("0.188", FieldScore.fixed3(0.1875));
        assertEquals("0.001", FieldScore.fixed3(0.0005)); // 0.0005 is a little above 0.0005 in binary
        assertEquals("0.667", FieldScore.fixed3(2.0 / 3));
        assertEquals("1.000", FieldScore.fixed3(0.9995)); // 0.99950000000000005507...
        assertEquals("0.000", FieldScore.fixed3(0.0));
        assertEquals("1.000", FieldScore.fixed3(1.0));
    }
}

package org.bulletinkg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.Fixtures;
import org.bulletinkg.source.SourceFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every span of every sample bulletin points at the right text: paragraphs tile the text between the line
 * breaks, sentences tile each paragraph (up to the spaces between them), indexes run in order.
 */
class OffsetsTest {
    private final BulletinParser parser = new BulletinParser();

    @Test
    void devFixtures() {
        List<SourceFile> files = BulletinSources.list(List.of(Fixtures.dev()), null);
        assertEquals(10, files.size());
        checkAll(files);
    }

    @Test
    void ownFixtures() {
        checkAll(BulletinSources.list(List.of(Fixtures.path("pages"), Fixtures.path("encodings")), null));
    }

    /** The shared development set and seed corpus, when the checkout sits beside them. */
    @Test
    void sharedSetsWhenPresent() {
        String shared = System.getProperty("shared.dir");
        Assumptions.assumeTrue(shared != null, "no shared.dir property");
        List<Path> inputs = new ArrayList<>();
        for (String sub : List.of("eval/dev", "corpus/seeds")) {
            Path p = Path.of(shared, sub);
            if (Files.isDirectory(p)) {
                inputs.add(p);
            }
        }
        Assumptions.assumeFalse(inputs.isEmpty(), "no shared sets beside the checkout");
        // one folder at a time: the seeds stand in both folders under the same names
        for (Path input : inputs) {
            checkAll(BulletinSources.list(List.of(input), null));
        }
    }

    private void checkAll(List<SourceFile> files) {
        assertFalse(files.isEmpty());
        for (SourceFile f : files) {
            check(parser.parse(BulletinSources.read(f)), f.path().toString());
        }
    }

    static void check(Bulletin b, String where) {
        String text = b.text();
        List<Span> paragraphs = b.paragraphs();
        assertFalse(paragraphs.isEmpty(), where);
        assertEquals(new Span(0, 0, b.title().length(), 0), paragraphs.get(0), where);
        assertEquals(b.title(), b.textOf(paragraphs.get(0)), where);

        // paragraphs joined by "\n" are exactly the text
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            Span p = paragraphs.get(i);
            assertEquals(i, p.index(), where);
            assertEquals(i, p.paragraph(), where);
            String s = b.textOf(p);
            assertFalse(s.contains("\n"), where + " paragraph " + i);
            assertEquals(s.strip(), s, where + " paragraph " + i + " is not trimmed");
            if (i > 0) {
                assertFalse(s.isEmpty(), where + " empty paragraph " + i);
                joined.append('\n');
            }
            assertEquals(joined.length(), p.start(), where + " paragraph " + i + " start");
            joined.append(s);
        }
        assertEquals(text, joined.toString(), where);

        // sentences lie inside their paragraph, in order, and cover its visible characters
        int previousEnd = 0;
        int[] covered = new int[paragraphs.size()];
        for (int i = 0; i < b.sentences().size(); i++) {
            Span s = b.sentences().get(i);
            assertEquals(i, s.index(), where);
            Span p = paragraphs.get(s.paragraph());
            assertTrue(s.start() >= p.start() && s.end() <= p.end(), where + " sentence " + i + " outside its paragraph");
            assertTrue(s.start() >= previousEnd, where + " sentence " + i + " overlaps");
            assertTrue(s.end() > s.start(), where + " empty sentence " + i);
            String sentence = b.textOf(s);
            assertEquals(sentence.strip(), sentence, where + " sentence " + i + " is not trimmed");
            assertEquals(text.substring(s.start(), s.end()), sentence);
            covered[s.paragraph()] += sentence.replace(" ", "").length();
            previousEnd = s.end();
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            assertEquals(b.textOf(paragraphs.get(i)).replace(" ", "").length(), covered[i],
                    where + " sentences do not cover paragraph " + i);
        }
    }
}

package org.bulletinkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bulletinkg.BulletinKgException;
import org.junit.jupiter.api.Test;

/** The readers' order is checked before any text runs, and the standard order extracts what the whole did. */
class ReaderPipelineTest {
    @Test
    void aReaderBeforeWhatItRequiresIsRefusedByName() {
        List<String> wrong = new ArrayList<>(Readers.STANDARD);
        wrong.remove("roles");
        wrong.add(wrong.indexOf("frames") + 1, "roles");
        BulletinKgException e = assertThrows(BulletinKgException.class, () -> new BulletinExtractor(
                org.bulletinkg.pipeline.Pipeline.segmenter(Lexicon.standard()), Lexicon.standard(), wrong));
        // the first reader that needs the moved one is named, with what it lacks
        assertTrue(e.getMessage().contains("study-session") && e.getMessage().contains("requires participation"), e.getMessage());
    }

    @Test
    void anUnknownReaderListsTheKnownOnes() {
        List<String> names = List.of("credits", "statistical-ner");
        BulletinKgException e = assertThrows(BulletinKgException.class,
                () -> new BulletinExtractor(org.bulletinkg.pipeline.Pipeline.segmenter(Lexicon.standard()), Lexicon.standard(), names));
        assertTrue(e.getMessage().contains("statistical-ner") && e.getMessage().contains("meetings"), e.getMessage());
    }

    @Test
    void aPipelineThatProvidesNoMeetingsIsRefused() {
        BulletinKgException e = assertThrows(BulletinKgException.class, () -> new BulletinExtractor(
                org.bulletinkg.pipeline.Pipeline.segmenter(Lexicon.standard()), Lexicon.standard(), List.of("credits", "names")));
        assertTrue(e.getMessage().contains("meetings"), e.getMessage());
    }

    @Test
    void aSlotProvidedTwiceIsRefused() {
        List<String> twice = new ArrayList<>(Readers.STANDARD);
        twice.add("places");
        BulletinKgException e = assertThrows(BulletinKgException.class, () -> new BulletinExtractor(
                org.bulletinkg.pipeline.Pipeline.segmenter(Lexicon.standard()), Lexicon.standard(), twice));
        assertTrue(e.getMessage().contains("places"), e.getMessage());
    }

    @Test
    void theStandardReadersInAnotherValidOrderGiveTheSameExtraction() {
        List<String> reordered = new ArrayList<>(Readers.STANDARD);
        // strategies and places need nothing from the meeting readers: moved to the front, nothing changes
        reordered.remove("strategies");
        reordered.add(0, "strategies");
        BulletinExtractor other = new BulletinExtractor(org.bulletinkg.pipeline.Pipeline.segmenter(Lexicon.standard()),
                Lexicon.standard(), reordered);
        var b = ExtractorFixtures.plain("海淀区", java.time.LocalDate.of(2020, 4, 9), "区委常委会召开第174次会议",
                "4月8日，区委常委会召开第174次会议，区委书记于军主持会议，会议强调要做好“六稳”工作。");
        Extraction a = ExtractorFixtures.extractor().extract(b);
        Extraction c = other.extract(b);
        assertEquals(a.meetings(), c.meetings());
        assertEquals(a.strategies(), c.strategies());
        assertEquals(a.places(), c.places());
    }
}

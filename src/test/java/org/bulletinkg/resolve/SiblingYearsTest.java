package org.bulletinkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.bulletinkg.extract.Evidence;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.MeetingFact;
import org.bulletinkg.extract.PartialDate;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.source.RawBulletin;
import org.bulletinkg.source.SourceMetadata;
import org.junit.jupiter.api.Test;

/** The sibling-year rule as an index: the same years whatever order the dated meetings are learnt in. */
class SiblingYearsTest {
    private static final Bulletin BULLETIN = bulletin("x");

    private static Bulletin bulletin(String name) {
        return new BulletinParser().parse(new RawBulletin(name, Path.of(name + ".txt"),
                "区委常委会召开会议\n\n会议研究了有关事项。".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new SourceMetadata(name + ".txt", null, "海淀区", null)));
    }

    private static Extraction meeting(int number, Integer year, int month, int day) {
        return meeting("x", number, year, month, day);
    }

    private static Extraction meeting(String bulletin, int number, Integer year, int month, int day) {
        MeetingFact m = new MeetingFact("区委常委会", "party-standing-committee", number, null, false,
                new PartialDate(year, month, day), year == null ? null : "text", List.of(), List.of(), null,
                new Evidence(0, 1, "test", 0.9));
        return new Extraction(bulletin(bulletin), List.of(m), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Integer year(Extraction x) {
        return x.meetings().get(0).date().year();
    }

    @Test
    void nearestDatedNumberGivesTheYear() {
        SiblingYears years = new SiblingYears();
        years.learn(meeting(170, 2019, 12, 20));
        years.learn(meeting(174, 2020, 4, 8));
        years.learn(meeting(190, 2020, 9, 1));
        assertEquals(2020, year(years.resolve(meeting(182, null, 6, 10))));
        // month-day before the lower sibling's: the next year
        assertEquals(2021, year(years.resolve(meeting(175, null, 1, 5))));
        // nothing below: the year of the nearest above, or the one before
        assertEquals(2019, year(years.resolve(meeting(100, null, 12, 10))));
        assertEquals(2018, year(years.resolve(meeting(100, null, 12, 30))));
        assertEquals("sibling-order", years.resolve(meeting(182, null, 6, 10)).meetings().get(0).dateSource());
        Extraction dated = meeting(191, 2020, 9, 8);
        assertSame(dated, years.resolve(dated));
    }

    @Test
    void theFirstBulletinByNameWinsAmongEqualNumbersWhateverTheOrderLearnt() {
        SiblingYears forward = new SiblingYears();
        forward.learn(meeting("a", 50, 2018, 3, 1));
        forward.learn(meeting("b", 50, 2019, 3, 1));
        SiblingYears backward = new SiblingYears();
        backward.learn(meeting("b", 50, 2019, 3, 1));
        backward.learn(meeting("a", 50, 2018, 3, 1));
        assertEquals(2018, year(forward.resolve(meeting(51, null, 5, 1))));
        assertEquals(2018, year(backward.resolve(meeting(51, null, 5, 1))));
        assertEquals(2018, year(YearResolver.resolve(List.of(meeting("b", 50, 2019, 3, 1), meeting("a", 50, 2018, 3, 1),
                meeting(51, null, 5, 1))).get(2)));
        // a meeting stored by an earlier build counts as one learnt now
        SiblingYears stored = new SiblingYears();
        stored.learn(meeting("b", 50, 2019, 3, 1));
        stored.learnStored(Iris.graph("a"), SiblingYears.seriesOf(meeting("a", 50, 2018, 3, 1),
                meeting("a", 50, 2018, 3, 1).meetings().get(0)), 50, 2018, 301);
        assertEquals(2018, year(stored.resolve(meeting(51, null, 5, 1))));
    }

    @Test
    void otherBodiesAndJurisdictionsDoNotCount() {
        SiblingYears years = new SiblingYears();
        years.learn(meeting(10, 2018, 3, 1));
        MeetingFact other = new MeetingFact("区政府", "government-executive", 11, null, false, new PartialDate(null, 4, 1),
                null, List.of(), List.of(), null, new Evidence(0, 1, "test", 0.9));
        Extraction x = new Extraction(BULLETIN, List.of(other), List.of(), List.of(), List.of(), List.of(), List.of());
        assertNull(year(years.resolve(x)));
    }
}

package org.bulletinkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Years named by what the year is (今年是“十四五”开局之年), relative to the bulletin's own year. */
class YearMarkersTest {
    @Test
    void thisNextAndLastYear() {
        assertEquals(2021, DateReader.yearOfMarkers("会议指出，今年是“十四五”开局之年，要扎实做好各项工作。"));
        assertEquals(2020, DateReader.yearOfMarkers("明年是建党100周年，要以优异成绩迎接建党百年。"));
        assertEquals(2019, DateReader.yearOfMarkers("去年是改革开放40周年，全区各项事业取得新成就。"));
    }

    @Test
    void onlyAMarkerRightAfterThePhraseCounts() {
        // a second marker further on (past the six characters allowed) does not name the year
        assertEquals(2024, DateReader.yearOfMarkers("今年是新中国成立75周年，也是十四五规划开局之年后的关键一年。"));
        assertEquals(2021, DateReader.yearOfMarkers("今年是十四五规划开局之年，中国共产党成立100周年。"));
    }

    @Test
    void noMarkerNoYear() {
        assertNull(DateReader.yearOfMarkers("今年是关键之年，要抓好落实。"));
        assertNull(DateReader.yearOfMarkers("会议研究了十四五开局之年的重点任务。"));
    }
}

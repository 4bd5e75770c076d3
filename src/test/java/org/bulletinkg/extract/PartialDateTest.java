package org.bulletinkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A date is never invalid: a year that does not have the day is not given to it. */
class PartialDateTest {
    @Test
    void leapDayTakesOnlyALeapYear() {
        PartialDate leap = new PartialDate(null, 2, 29);
        assertNull(leap.withYear(2015).year());
        assertEquals("2016-02-29", leap.withYear(2016).iso());
    }

    @Test
    void dayTheMonthLacksHasNoIsoForm() {
        assertNull(new PartialDate(2021, 2, 30).iso());
        assertEquals("2021-04", new PartialDate(2021, 4, null).iso());
    }
}

package org.bulletinkg.extract;

import java.time.LocalDate;

/**
 * A date as far as it is known: the year may be missing where the text gives only month and day.
 *
 * @param year  the year, or null
 * @param month the month (1-12)
 * @param day   the day of month, or null
 */
public record PartialDate(Integer year, int month, Integer day) {
    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /**
     * This month and day in a given year; unchanged (still without a year) when the day does not exist in that
     * year (2月29日 in 2015), so that a wrong guess of the year never makes an invalid date.
     */
    public PartialDate withYear(int y) {
        if (day != null && (day > java.time.YearMonth.of(y, month).lengthOfMonth())) {
            return this;
        }
        return new PartialDate(y, month, day);
    }

    public boolean complete() {
        return year != null && day != null;
    }

    /** ISO form: 2020-04-08, 2020-04, or null without a year or for a day the month does not have (2月30日). */
    public String iso() {
        if (year == null || (day != null && day > java.time.YearMonth.of(year, month).lengthOfMonth())) {
            return null;
        }
        String ym = digits(year, 4) + "-" + digits(month, 2);
        return day == null ? ym : ym + "-" + digits(day, 2);
    }

    /** A number zero-padded to a width, as %04d and %02d write it (without a Formatter per call). */
    private static String digits(int n, int width) {
        if (n < 0) {
            return String.format("%0" + width + "d", n);
        }
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** Month and day as one comparable number (0408 for 8 April). */
    public int monthDay() {
        return month * 100 + (day == null ? 0 : day);
    }
}

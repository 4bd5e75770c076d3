package org.bulletinkg.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An SVG chart drawn on the server: its size, its bars (already placed) and the ticks of its axis. The
 * template turns it into SVG elements; no script runs in the browser.
 */
public record Chart(int width, int height, List<Bar> bars, List<Tick> ticks) {
    public Chart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /** A bar: where it is, its text (drawn beside it, may be empty) and its tooltip. */
    public record Bar(int x, int y, int width, int height, String label, String title) {
    }

    /** A labelled tick of the axis, at x. */
    public record Tick(int x, String label) {
    }

    /** One month's count, "2020-04" and 3. */
    record MonthCount(String month, long count) {
    }

    /** A span of time with a name, from and to ISO dates. */
    record Span(String label, String from, String to, String title) {
    }

    private static final int MONTH_WIDTH = 14;
    private static final int PLOT_HEIGHT = 120;
    private static final int AXIS = 20;
    private static final int MAX_MONTHS = 360;

    /** Bars per month from the first month to the last, months without any drawn as gaps. */
    static Chart months(List<MonthCount> counts) {
        List<MonthCount> valid = new ArrayList<>();
        for (MonthCount c : counts)
            if (parseMonth(c.month()) != null)
                valid.add(c);
        if (valid.isEmpty())
            return new Chart(0, 0, List.of(), List.of());
        YearMonth first = parseMonth(valid.get(0).month());
        YearMonth last = parseMonth(valid.get(valid.size() - 1).month());
        long span = Math.min(MAX_MONTHS, ChronoUnit.MONTHS.between(first, last) + 1);
        long max = valid.stream().mapToLong(MonthCount::count).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (MonthCount c : valid) {
            long i = ChronoUnit.MONTHS.between(first, parseMonth(c.month()));
            if (i >= span)
                break;
            int h = (int) Math.max(2, Math.round((double) c.count() / max * PLOT_HEIGHT));
            bars.add(new Bar((int) i * MONTH_WIDTH + 2, PLOT_HEIGHT - h, MONTH_WIDTH - 3, h,
                    Long.toString(c.count()), c.month() + ": " + c.count()));
        }
        for (long i = 0; i < span; i++) {
            YearMonth m = first.plusMonths(i);
            if (i == 0 || m.getMonthValue() == 1)
                ticks.add(new Tick((int) i * MONTH_WIDTH + 2, m.toString()));
        }
        return new Chart((int) span * MONTH_WIDTH + 60, PLOT_HEIGHT + AXIS, bars, ticks);
    }

    /** One row per span on a common time axis (a career: one row per post). */
    static Chart timeline(List<Span> spans) {
        final int rowHeight = 22, labelWidth = 0, plotWidth = 640;
        List<Span> valid = new ArrayList<>();
        for (Span s : spans)
            if (parseDate(s.from()) != null && parseDate(s.to()) != null)
                valid.add(s);
        if (valid.isEmpty())
            return new Chart(0, 0, List.of(), List.of());
        LocalDate min = valid.stream().map(s -> parseDate(s.from())).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = valid.stream().map(s -> parseDate(s.to())).max(LocalDate::compareTo).orElseThrow();
        // A margin of a month each side, so that a single day still shows.
        min = min.minusMonths(1);
        max = max.plusMonths(1);
        double days = Math.max(1, ChronoUnit.DAYS.between(min, max));
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (Span s : valid) {
            double x0 = ChronoUnit.DAYS.between(min, parseDate(s.from())) / days * plotWidth;
            double x1 = ChronoUnit.DAYS.between(min, parseDate(s.to())) / days * plotWidth;
            int w = (int) Math.max(4, Math.round(x1 - x0));
            bars.add(new Bar(labelWidth + (int) Math.round(x0), row * rowHeight + 4, w, rowHeight - 8,
                    s.label(), s.title()));
            row++;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int y = min.getYear() + 1; y <= max.getYear(); y++) {
            double x = ChronoUnit.DAYS.between(min, LocalDate.of(y, 1, 1)) / days * plotWidth;
            ticks.add(new Tick(labelWidth + (int) Math.round(x), Integer.toString(y)));
        }
        if (ticks.isEmpty())
            ticks.add(new Tick(0, min.plusMonths(1).toString()));
        return new Chart(plotWidth + 260, row * rowHeight + AXIS + 4, bars, ticks);
    }

    private static YearMonth parseMonth(String s) {
        try {
            return s == null ? null : YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null || s.length() < 10 ? null : LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.bulletinkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.MeetingFact;


/**
 * The rule of {@link YearResolver} kept as an index, so that a build can learn the dated meetings of a corpus
 * one bulletin at a time (from parallel workers, in any order) and resolve the undated ones afterwards without
 * holding the extractions. It keeps only a few numbers per dated meeting: per (jurisdiction, body, kind), the
 * session numbers with their year and month-day.
 *
 * <p>The rule: session numbers only grow, so 第182次 on 6月10日 falls in the year of the nearest dated lower
 * number (or the next year, when its month and day come earlier), else in the year of the nearest dated
 * higher number (or the year before). Where several dated meetings share a number, the one of the bulletin
 * whose graph IRI sorts first wins: what a set of bulletins resolves to does not depend on the order or the
 * batches they were built in. A build also learns the dated meetings already stored ({@link #learnStored}), so an
 * incremental build resolves as a build of everything at once would.
 */
public final class SiblingYears {
    /** A numbered meeting series: the jurisdiction (as its meeting IRIs spell it), the body and the kind. */
    public record Series(String jurisdiction, String body, String kind) {
    }

    private record Dated(int year, int monthDay, String order) {
    }

    private final Map<Series, TreeMap<Integer, Dated>> series = new HashMap<>();
    /** The series the bulletins of this build date (not those learnt from the database). */
    private final java.util.Set<Series> learnt = new java.util.HashSet<>();

    /** The series of a meeting of an extraction. */
    public static Series seriesOf(Extraction x, MeetingFact m) {
        return new Series(Iris.slug(x.jurisdictionKey() == null ? "unknown" : x.jurisdictionKey()), m.body(), m.kind());
    }

    /** The series whose meetings in an extraction wait for a year. */
    public static java.util.Set<Series> waitingSeries(Extraction x) {
        java.util.Set<Series> out = new java.util.HashSet<>();
        for (MeetingFact m : x.meetings()) {
            if (needsYear(m)) {
                out.add(seriesOf(x, m));
            }
        }
        return out;
    }

    /** Whether a meeting lacks the year that sibling meetings could give it. */
    public static boolean needsYear(MeetingFact m) {
        return m.date() != null && m.date().year() == null && m.number() != null;
    }

    /** Whether any meeting of an extraction lacks a year that sibling meetings could give it. */
    public static boolean needsYear(Extraction x) {
        return x.meetings().stream().anyMatch(SiblingYears::needsYear);
    }

    /** Learns the dated, numbered meetings of one bulletin of the build. */
    public synchronized void learn(Extraction x) {
        String order = Iris.graph(x.bulletin().name());
        for (MeetingFact m : x.meetings()) {
            if (m.number() == null || m.date() == null || m.date().year() == null || m.date().iso() == null) {
                continue;
            }
            Series key = seriesOf(x, m);
            learnt.add(key);
            add(key, m.number(), new Dated(m.date().year(), m.date().monthDay(), order));
        }
    }

    /**
     * Learns a dated, numbered meeting stored in the database (its date read from its bulletin, not from siblings).
     *
     * @param graph the IRI of its bulletin's graph
     */
    public synchronized void learnStored(String graph, Series key, int number, int year, int monthDay) {
        add(key, number, new Dated(year, monthDay, graph));
    }

    private void add(Series key, int number, Dated d) {
        series.computeIfAbsent(key, k -> new TreeMap<>())
                .merge(number, d, (old, add) -> old.order().compareTo(add.order()) <= 0 ? old : add);
    }

    /** The series the bulletins of this build gave dated meetings to. */
    public synchronized java.util.Set<Series> learnt() {
        return java.util.Set.copyOf(learnt);
    }

    /** The extraction with the years its undated meetings get from their siblings (itself when none do). */
    public synchronized Extraction resolve(Extraction x) {
        if (!needsYear(x)) {
            return x;
        }
        List<MeetingFact> resolved = new ArrayList<>(x.meetings().size());
        boolean changed = false;
        for (MeetingFact m : x.meetings()) {
            Integer year = needsYear(m) ? yearOf(seriesOf(x, m), m) : null;
            if (year != null) {
                resolved.add(m.withDate(m.date().withYear(year), "sibling-order"));
                changed = true;
            } else {
                resolved.add(m);
            }
        }
        return changed ? x.withMeetings(resolved) : x;
    }

    private Integer yearOf(Series key, MeetingFact m) {
        TreeMap<Integer, Dated> numbers = series.get(key);
        if (numbers == null) {
            return null;
        }
        int md = m.date().monthDay();
        Map.Entry<Integer, Dated> below = numbers.lowerEntry(m.number());
        if (below != null) {
            Dated d = below.getValue();
            return md >= d.monthDay() ? d.year() : d.year() + 1;
        }
        Map.Entry<Integer, Dated> above = numbers.higherEntry(m.number());
        if (above != null) {
            Dated d = above.getValue();
            return md <= d.monthDay() ? d.year() : d.year() - 1;
        }
        return null;
    }
}

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
 * higher number (or the year before). Where several dated meetings share a number, the one earliest in the
 * corpus order wins, whatever order they were learnt in.
 */
public final class SiblingYears {
    /** Meetings are ordered by bulletin position, then by place in the bulletin. */
    private static final long MEETINGS_PER_BULLETIN = 1_000;

    private record Series(String jurisdiction, String body, String kind) {
    }

    private record Dated(int year, int monthDay, long order) {
    }

    private final Map<Series, TreeMap<Integer, Dated>> series = new HashMap<>();

    /** Whether a meeting lacks the year that sibling meetings could give it. */
    public static boolean needsYear(MeetingFact m) {
        return m.date() != null && m.date().year() == null && m.number() != null;
    }

    /** Whether any meeting of an extraction lacks a year that sibling meetings could give it. */
    public static boolean needsYear(Extraction x) {
        return x.meetings().stream().anyMatch(SiblingYears::needsYear);
    }

    /**
     * Learns the dated, numbered meetings of one bulletin.
     *
     * @param position the bulletin's place in the corpus order (decides between meetings sharing a number)
     */
    public synchronized void learn(Extraction x, long position) {
        String jurisdiction = x.jurisdictionKey();
        List<MeetingFact> meetings = x.meetings();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingFact m = meetings.get(i);
            if (m.number() == null || m.date() == null || m.date().year() == null) {
                continue;
            }
            Dated d = new Dated(m.date().year(), m.date().monthDay(), position * MEETINGS_PER_BULLETIN + i);
            series.computeIfAbsent(new Series(jurisdiction, m.body(), m.kind()), k -> new TreeMap<>())
                    .merge(m.number(), d, (old, add) -> old.order() <= add.order() ? old : add);
        }
    }

    /** The extraction with the years its undated meetings get from their siblings (itself when none do). */
    public synchronized Extraction resolve(Extraction x) {
        if (!needsYear(x)) {
            return x;
        }
        String jurisdiction = x.jurisdictionKey();
        List<MeetingFact> resolved = new ArrayList<>(x.meetings().size());
        boolean changed = false;
        for (MeetingFact m : x.meetings()) {
            Integer year = needsYear(m) ? yearOf(jurisdiction, m) : null;
            if (year != null) {
                resolved.add(m.withDate(m.date().withYear(year), "sibling-order"));
                changed = true;
            } else {
                resolved.add(m);
            }
        }
        return changed ? x.withMeetings(resolved) : x;
    }

    private Integer yearOf(String jurisdiction, MeetingFact m) {
        TreeMap<Integer, Dated> numbers = series.get(new Series(jurisdiction, m.body(), m.kind()));
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

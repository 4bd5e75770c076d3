package org.bulletinkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.MeetingFact;

/**
 * Gives a year to meetings whose text gives only month and day, from sibling meetings of the same body in
 * the corpus: session numbers only grow, so 第182次 on 6月10日 falls in the year of a dated 第174次 (or
 * the next year, when its month and day come earlier). Runs over all extractions before mapping.
 */
public final class YearResolver {
    private YearResolver() {
    }

    private record Dated(String jurisdiction, String body, String kind, int number, int year, int monthDay) {
    }

    public static List<Extraction> resolve(List<Extraction> all) {
        List<Dated> dated = new ArrayList<>();
        for (Extraction e : all) {
            for (MeetingFact m : e.meetings()) {
                if (m.number() != null && m.date() != null && m.date().year() != null) {
                    dated.add(new Dated(e.bulletin().metadata().jurisdiction(), m.body(), m.kind(), m.number(),
                            m.date().year(), m.date().monthDay()));
                }
            }
        }
        List<Extraction> out = new ArrayList<>(all.size());
        for (Extraction e : all) {
            List<MeetingFact> meetings = new ArrayList<>();
            boolean changed = false;
            for (MeetingFact m : e.meetings()) {
                if (m.date() != null && m.date().year() == null && m.number() != null) {
                    Integer year = yearFromSiblings(dated, e.bulletin().metadata().jurisdiction(), m);
                    if (year != null) {
                        meetings.add(m.withDate(m.date().withYear(year), "sibling-order"));
                        changed = true;
                        continue;
                    }
                }
                meetings.add(m);
            }
            out.add(changed ? e.withMeetings(meetings) : e);
        }
        return out;
    }

    private static Integer yearFromSiblings(List<Dated> dated, String jurisdiction, MeetingFact m) {
        Dated below = null;
        Dated above = null;
        for (Dated d : dated) {
            if (!Objects.equals(d.jurisdiction(), jurisdiction) || !d.body().equals(m.body()) || !d.kind().equals(m.kind())) {
                continue;
            }
            if (d.number() < m.number() && (below == null || d.number() > below.number())) {
                below = d;
            } else if (d.number() > m.number() && (above == null || d.number() < above.number())) {
                above = d;
            }
        }
        int md = m.date().monthDay();
        if (below != null) {
            return md >= below.monthDay() ? below.year() : below.year() + 1;
        }
        if (above != null) {
            return md <= above.monthDay() ? above.year() : above.year() - 1;
        }
        return null;
    }
}

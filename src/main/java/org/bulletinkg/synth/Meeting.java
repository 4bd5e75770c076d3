package org.bulletinkg.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated meeting, as the world has it before any bulletin is written about it: who held it, when,
 * with which session number, who chaired, attended and presented, and the district's officials at the time.
 *
 * @param index    position in the corpus (file names and per-bulletin randomness derive from it)
 * @param body     the convening body as bulletins name it (区委常委会, 区优化营商环境工作领导小组 ...)
 * @param number   session number, or null for kinds that have none
 * @param term     term (届) for kinds counted by term, or null
 * @param joint    for a joint meeting, the leading group that met with the party standing committee, or null
 * @param officials the district's post holders on the day
 * @param cityLeader the city's party secretary on the day
 * @param press     the district's reporters and correspondents
 * @param guest     an outside speaker (a study session's lecturer), or null
 */
record Meeting(int index, District district, Kind kind, String body, Integer number, Integer term,
               LocalDate date, boolean expanded, String joint, Integer jointNumber, Officials officials,
               String cityLeader, List<String> press, String guest) {

    /** A snapshot of a roster: the holder of each seat. */
    record Officials(List<String> holders) {
        String of(Seat seat) {
            return holders.get(seat.ordinal());
        }
    }
}

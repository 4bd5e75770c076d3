package org.bulletinkg.synth;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who holds which post in one district, changing over time as officials do: a district's secretary moves to
 * chair its congress, the mayor becomes secretary, a vice mayor the executive vice mayor, a department head
 * a vice mayor, and a new person heads the department. So the same people recur across a district's
 * bulletins under posts that change with the dates.
 */
final class Roster {
    private final Map<Seat, String> holders = new EnumMap<>(Seat.class);
    private final Names names;
    private final Random random;

    Roster(Names names, Random random) {
        this.names = names;
        this.random = random;
        for (Seat s : Seat.values()) {
            holders.put(s, names.next());
        }
    }

    String holder(Seat seat) {
        return holders.get(seat);
    }

    /** One change of posts: someone leaves a seat and the vacancy is filled down a ladder. */
    void reshuffle() {
        int pick = random.nextInt(10);
        if (pick == 0) {
            // the secretary goes to chair the district's congress; its old director retires
            holders.put(Seat.CONGRESS_DIRECTOR, holders.get(Seat.SECRETARY));
            fill(Seat.SECRETARY);
        } else if (pick == 1) {
            holders.put(Seat.CPPCC_CHAIR, holders.get(Seat.DEPUTY_SECRETARY));
            fill(Seat.DEPUTY_SECRETARY);
        } else if (pick <= 3) {
            fill(any(Seat.STANDING_MEMBERS));
        } else if (pick <= 5) {
            fill(any(Seat.VICE_MAYORS));
        } else if (pick == 6) {
            fill(random.nextBoolean() ? any(Seat.CONGRESS_DEPUTIES) : any(Seat.CPPCC_VICES));
        } else {
            fill(any(Seat.DEPARTMENTS));
        }
    }

    /** Fills a vacant seat from the seat below it on the ladder, and so on down to a new person. */
    private void fill(Seat seat) {
        Seat from = source(seat);
        if (from == null) {
            holders.put(seat, names.next());
            return;
        }
        holders.put(seat, holders.get(from));
        fill(from);
    }

    private Seat source(Seat seat) {
        return switch (seat) {
            case SECRETARY -> Seat.MAYOR;
            case MAYOR -> Seat.EXECUTIVE_VICE_MAYOR;
            case DEPUTY_SECRETARY -> Seat.ORGANIZATION;
            case EXECUTIVE_VICE_MAYOR -> any(Seat.VICE_MAYORS);
            case ORGANIZATION -> Seat.PROPAGANDA;
            case VICE_MAYOR_1, VICE_MAYOR_2, VICE_MAYOR_3 -> any(Seat.DEPARTMENTS);
            case CONGRESS_DIRECTOR -> any(Seat.CONGRESS_DEPUTIES);
            case CPPCC_CHAIR -> any(Seat.CPPCC_VICES);
            case CONGRESS_DEPUTY_1, CONGRESS_DEPUTY_2, CONGRESS_DEPUTY_3, CPPCC_VICE_1, CPPCC_VICE_2, CPPCC_VICE_3 ->
                    random.nextBoolean() ? any(Seat.DEPARTMENTS) : null;
            default -> null;
        };
    }

    private Seat any(List<Seat> seats) {
        return seats.get(random.nextInt(seats.size()));
    }
}

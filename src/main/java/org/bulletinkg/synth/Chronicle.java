package org.bulletinkg.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The sequence of meetings a corpus reports, in date order: working days from January 2016, some dozens of
 * meetings a day across the districts, each body's session numbers rising (restarting with a new term for
 * congresses, consultative conferences and plenaries), and each district's officials changing every so often.
 * The sequence depends only on the seed, so the first N meetings are the same whatever the corpus size.
 */
final class Chronicle {
    static final LocalDate START = LocalDate.of(2016, 1, 4);
    /** Terms of district congresses, consultative conferences and party committees turn over in 2021/2022. */
    private static final LocalDate NEW_TERM = LocalDate.of(2021, 11, 1);

    private static final List<String> LEADING_GROUPS = List.of("区优化营商环境工作领导小组", "区疏解整治促提升工作领导小组",
            "区接诉即办工作领导小组", "区重点项目建设指挥部", "区城市更新工作领导小组", "区平安建设领导小组",
            "区碳达峰碳中和工作领导小组", "区乡村振兴工作领导小组");

    private final Random random;
    private final Names names;
    private final Map<District, Roster> rosters = new HashMap<>();
    private final Map<District, Integer> untilReshuffle = new HashMap<>();
    private final Map<District, List<String>> press = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private String cityLeader;
    private LocalDate day = START;
    private int leftToday;
    private int index;

    Chronicle(long seed) {
        this.random = new Random(seed);
        this.names = new Names(random);
        this.cityLeader = names.next();
        for (District d : District.BEIJING) {
            rosters.put(d, new Roster(names, random));
            untilReshuffle.put(d, 60 + random.nextInt(120));
            press.put(d, List.of(names.next(), names.next(), names.next(), names.next(), names.next()));
        }
        leftToday = meetingsPerDay();
    }

    Meeting next() {
        while (leftToday == 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                leftToday = meetingsPerDay();
                if (day.getDayOfMonth() == 1 && day.getMonthValue() % 6 == 1 && random.nextInt(2) == 0) {
                    cityLeader = names.next();
                }
            }
        }
        leftToday--;
        District d = District.BEIJING.get(random.nextInt(District.BEIJING.size()));
        Roster roster = rosters.get(d);
        int left = untilReshuffle.merge(d, -1, Integer::sum);
        if (left <= 0) {
            roster.reshuffle();
            untilReshuffle.put(d, 60 + random.nextInt(120));
        }
        Kind kind = kind();
        String body = body(kind);
        boolean newTerm = !day.isBefore(NEW_TERM);
        Integer term = switch (kind) {
            case PARTY_PLENARY -> newTerm ? 13 : 12;
            case CONGRESS_STANDING, CONGRESS_DIRECTORS -> newTerm ? 17 : 16;
            case CPPCC_STANDING, CPPCC_CHAIRS -> newTerm ? 11 : 10;
            default -> null;
        };
        Integer number = kind == Kind.STUDY_SESSION ? null : number(d, kind, body, term);
        boolean expanded = kind == Kind.PARTY_STANDING && random.nextInt(25) == 0;
        if (expanded) {
            number = null;
        }
        String joint = null;
        Integer jointNumber = null;
        if (kind == Kind.PARTY_STANDING && !expanded && random.nextInt(30) == 0) {
            joint = LEADING_GROUPS.get(random.nextInt(LEADING_GROUPS.size()));
            jointNumber = number(d, Kind.LEADING_GROUP, joint, null);
            number = null;
        }
        List<String> holders = new ArrayList<>();
        for (Seat s : Seat.values()) {
            holders.add(roster.holder(s));
        }
        return new Meeting(index++, d, kind, body, number, term, day, expanded, joint, jointNumber,
                new Meeting.Officials(List.copyOf(holders)), cityLeader, press.get(d),
                kind == Kind.STUDY_SESSION ? names.next() : null);
    }

    private int meetingsPerDay() {
        return 30 + random.nextInt(41);
    }

    private Kind kind() {
        int pick = random.nextInt(Kind.totalWeight());
        for (Kind k : Kind.values()) {
            pick -= k.weight;
            if (pick < 0) {
                return k;
            }
        }
        throw new IllegalStateException("weights");
    }

    private String body(Kind kind) {
        return switch (kind) {
            case PARTY_STANDING -> "区委常委会";
            case PARTY_PLENARY -> "区委全会";
            case GOVERNMENT_EXECUTIVE, GOVERNMENT_PLENARY -> "区政府";
            case MAYOR_OFFICE -> "区长办公会";
            case CONGRESS_STANDING, CONGRESS_DIRECTORS -> "区人大常委会";
            case CPPCC_STANDING, CPPCC_CHAIRS -> "区政协";
            case LEADING_GROUP -> LEADING_GROUPS.get(random.nextInt(LEADING_GROUPS.size()));
            case STUDY_SESSION -> "区委理论学习中心组";
        };
    }

    /** The next session number of a body; the first one met starts somewhere into its run. */
    private int number(District d, Kind kind, String body, Integer term) {
        String key = d.slug() + '/' + kind + '/' + body + '/' + term;
        int start = kind.numberedByTerm || kind == Kind.LEADING_GROUP ? 1 + random.nextInt(kind.numberedByTerm ? 3 : 8)
                : 20 + random.nextInt(150);
        return counters.merge(key, start, (old, x) -> old + 1);
    }
}

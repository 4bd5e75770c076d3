package org.bulletinkg.synth;

/**
 * The kinds of meeting bulletins report (the kind codes of the gold sets), how often a district holds each
 * relative to the others, who chairs it, and whether its session numbers restart with each term.
 */
enum Kind {
    PARTY_STANDING("party-standing-committee", 50, Seat.SECRETARY, false),
    PARTY_PLENARY("party-plenary", 3, Seat.SECRETARY, true),
    GOVERNMENT_EXECUTIVE("government-executive", 40, Seat.MAYOR, false),
    GOVERNMENT_PLENARY("government-plenary", 3, Seat.MAYOR, false),
    MAYOR_OFFICE("mayor-office", 20, Seat.MAYOR, false),
    CONGRESS_STANDING("congress-standing-committee", 12, Seat.CONGRESS_DIRECTOR, true),
    CONGRESS_DIRECTORS("congress-directors", 15, Seat.CONGRESS_DIRECTOR, true),
    CPPCC_STANDING("cppcc-standing-committee", 8, Seat.CPPCC_CHAIR, true),
    CPPCC_CHAIRS("cppcc-chairs", 15, Seat.CPPCC_CHAIR, true),
    LEADING_GROUP("leading-group", 20, Seat.SECRETARY, false),
    STUDY_SESSION("study-session", 10, Seat.SECRETARY, false);

    final String code;
    final int weight;
    final Seat chair;
    final boolean numberedByTerm;

    Kind(String code, int weight, Seat chair, boolean numberedByTerm) {
        this.code = code;
        this.weight = weight;
        this.chair = chair;
        this.numberedByTerm = numberedByTerm;
    }

    static int totalWeight() {
        int sum = 0;
        for (Kind k : values()) {
            sum += k.weight;
        }
        return sum;
    }
}

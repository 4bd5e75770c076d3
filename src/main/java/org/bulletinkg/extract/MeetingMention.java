package org.bulletinkg.extract;

/**
 * A held meeting as the text names it, and the header rule that read it.
 *
 * @param start     where it is first named (the title, when the title names it)
 * @param bodyStart where the body first names it, or -1 when only the title does
 * @param year      the year its numbering gives (2024年第19次), or null
 */
record MeetingMention(String body, String kind, Integer number, Integer term, boolean expanded, int start, int end,
                      String rule, int bodyStart, Integer year) {
}

package org.bulletinkg.extract;

/** A place in the text where a held meeting is named, and the header rule that read it. */
record MeetingMention(String body, String kind, Integer number, Integer term, boolean expanded, int start, int end,
                      String rule) {
}

package org.bulletinkg.extract;

/** A place in the text where a meeting is named. */
record MeetingMention(String body, String kind, Integer number, Integer term, boolean expanded, int start, int end) {
}

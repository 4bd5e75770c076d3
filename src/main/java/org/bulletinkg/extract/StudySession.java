package org.bulletinkg.extract;

import java.util.List;

/**
 * A study session held before a meeting (会前学习): a sub-event with its topic and lecturers.
 *
 * @param topic     what was studied, as the text puts it, or null
 * @param lecturers people who lectured (作专题辅导) or explained, in text order
 */
public record StudySession(String topic, List<String> lecturers, Evidence evidence) {
    public StudySession {
        lecturers = List.copyOf(lecturers);
    }
}

package org.bulletinkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinkg.parse.Bulletin;
import org.bulletinkg.parse.Span;

/**
 * Finds a study session held before the meeting: 会前学习, 会前，…进行集体学习, 会前集体学习. Its lecturers are
 * the presenters named in the paragraphs that speak of it; its topic is what was studied (学习了…有关内容,
 * 围绕…作专题辅导).
 */
final class StudySessionReader {
    private static final Pattern MARKER = Pattern.compile("会前(?:学习|集体学习|，[^。]{0,20}?(?:集体)?学习|专题学习)");
    private static final Pattern TOPIC = Pattern.compile("(?:学习了|围绕)([^。，；]{2,40}?)(?:有关内容|等内容|作|进行|的|。|，)");

    StudySession read(Bulletin b, List<Participation> participants) {
        List<Span> paragraphs = new ArrayList<>();
        Evidence evidence = null;
        for (Span p : b.paragraphs()) {
            Matcher m = MARKER.matcher(b.textOf(p));
            if (p.index() > 0 && m.find()) {
                paragraphs.add(p);
                if (evidence == null) {
                    evidence = Evidence.of(p.start() + m.start(), p.start() + m.end(), "study-before-meeting");
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        String topic = null;
        List<String> lecturers = new ArrayList<>();
        for (Span p : paragraphs) {
            Matcher t = TOPIC.matcher(b.textOf(p));
            if (topic == null && t.find()) {
                topic = t.group(1);
            }
            for (Participation part : participants) {
                if (part.role() == Role.PRESENTER && p.contains(part.evidence().start())
                        && !lecturers.contains(part.person())) {
                    lecturers.add(part.person());
                }
            }
        }
        return new StudySession(topic, lecturers, evidence);
    }
}

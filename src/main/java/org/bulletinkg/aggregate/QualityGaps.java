package org.bulletinkg.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * Per meeting and the file of a bulletin that reports it, where the meeting lacks a date or a chair or has a
 * date the text does not state in full: the problems, spelled out ("no date", "no chair", "date inferred
 * (HOW)" with HOW the meeting's bkg:dateSource). Meetings without a gap have no row.
 */
final class QualityGaps {
    static final String TEXT = "text";

    private QualityGaps() {
    }

    static void compute(StoredFacts facts, Rows out) {
        Map<Object, List<Object>> meetingsOf = new HashMap<>();
        facts.each(BKG.describesMeeting.asNode(), (bulletin, meeting) -> {
            List<Object> m = meetingsOf.computeIfAbsent(bulletin, k -> new ArrayList<>(1));
            if (!m.contains(meeting)) {
                m.add(meeting);
            }
        });
        if (meetingsOf.isEmpty()) {
            return;
        }
        Set<Object> dated = new HashSet<>();
        facts.each(Vocab.schemaStartDate, (meeting, date) -> dated.add(meeting));
        Set<Object> chaired = new HashSet<>();
        facts.each(BKG.chair.asNode(), (meeting, person) -> chaired.add(meeting));
        Map<Object, Set<String>> inferred = new HashMap<>();
        facts.each(BKG.dateSource.asNode(), (meeting, id) -> {
            Node source = facts.node(id);
            String how = source.isLiteral() ? source.getLiteralLexicalForm() : source.toString();
            if (!TEXT.equals(how)) {
                inferred.computeIfAbsent(meeting, k -> new TreeSet<>()).add(how);
            }
        });
        facts.each(BKG.fileName.asNode(), (bulletin, fileId) -> {
            for (Object meeting : meetingsOf.getOrDefault(bulletin, List.of())) {
                List<String> problems = new ArrayList<>();
                if (!dated.contains(meeting)) {
                    problems.add("no date");
                }
                if (!chaired.contains(meeting)) {
                    problems.add("no chair");
                }
                for (String how : inferred.getOrDefault(meeting, Set.of())) {
                    problems.add("date inferred (" + how + ")");
                }
                if (problems.isEmpty()) {
                    continue;
                }
                Node m = facts.node(meeting);
                Node file = facts.node(fileId);
                if (!m.isURI()) {
                    continue;
                }
                Node row = out.row("quality-gap", m.getURI() + "|" + file, BKG.QualityGap);
                out.add(row, BKG.gapMeeting, m);
                out.add(row, BKG.bulletinFile, file);
                for (String p : problems) {
                    out.text(row, BKG.problem, p);
                }
            }
        });
    }
}

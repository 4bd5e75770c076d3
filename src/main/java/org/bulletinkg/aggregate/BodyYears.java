package org.bulletinkg.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.apache.jena.graph.Node;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * Per body name (bkg:bodyName, as bulletins write it: 区委常委会) and year: the dated meetings of that name
 * in that year, so that a year of one body's meetings is read without testing the date of every meeting of
 * every body of that name.
 */
final class BodyYears {
    private BodyYears() {
    }

    static void compute(StoredFacts facts, Rows out) {
        Map<Object, List<Object>> names = new HashMap<>();
        facts.each(BKG.bodyName.asNode(), (meeting, name) -> names.computeIfAbsent(meeting, k -> new ArrayList<>(1)).add(name));
        if (names.isEmpty()) {
            return;
        }
        Map<String, Set<Object>> listed = new HashMap<>();
        Map<String, Object[]> keys = new HashMap<>();
        facts.each(Vocab.schemaStartDate, (meeting, dateId) -> {
            List<Object> ofMeeting = names.get(meeting);
            if (ofMeeting == null) {
                return;
            }
            Node date = facts.node(dateId);
            if (!date.isLiteral() || date.getLiteralLexicalForm().length() < 4) {
                return;
            }
            String year = date.getLiteralLexicalForm().substring(0, 4);
            if (!year.chars().allMatch(Character::isDigit)) {
                return;
            }
            for (Object name : ofMeeting) {
                String key = name + "|" + year;
                keys.putIfAbsent(key, new Object[] {name, Integer.parseInt(year)});
                listed.computeIfAbsent(key, k -> new HashSet<>()).add(meeting);
            }
        });
        listed.forEach((key, meetings) -> {
            Node name = facts.node(keys.get(key)[0]);
            int year = (Integer) keys.get(key)[1];
            Node row = out.row("body-year", name + "|" + year, BKG.BodyYear);
            out.add(row, BKG.ofBodyName, name);
            out.count(row, BKG.year, year);
            for (Object m : meetings) {
                Node meeting = facts.node(m);
                if (meeting.isURI()) {
                    out.add(row, BKG.listedMeeting, meeting);
                }
            }
        });
    }
}

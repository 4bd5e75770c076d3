package org.bulletinkg.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * Two tables about people. Per person (on the person's own IRI): their names, the number of bulletins that
 * mention them, the number of meetings they took part in and the posts they were seen holding. Per pair of
 * people named at the same meeting in any role (chair, attendee, non-voting attendee, presenter): the number
 * of meetings they shared and the date of the last one; leaders whose instructions were only conveyed are
 * not participants.
 */
final class People {
    static final Node[] ROLES = {BKG.chair.asNode(), Vocab.schemaAttendee, BKG.nonVotingAttendee.asNode(),
            BKG.presenter.asNode()};

    private People() {
    }

    /** A pair's tally: meetings shared, and the latest date among them (null while none is dated). */
    private static final class Tally {
        int meetings;
        Node last;
    }

    static void compute(StoredFacts facts, Rows out) {
        Map<Object, Set<Object>> participants = new HashMap<>();
        for (Node role : ROLES) {
            facts.each(role, (meeting, person) -> participants.computeIfAbsent(meeting, k -> new HashSet<>()).add(person));
        }
        Map<Object, TreeSet<Node>> names = new HashMap<>();
        facts.each(Vocab.foafName, (person, name) -> {
            Node n = facts.node(name);
            if (n.isLiteral()) {
                names.computeIfAbsent(person, k -> new TreeSet<>(StoredFacts::compare)).add(n);
            }
        });
        Map<Object, Long> mentions = bulletinsPerPerson(facts);
        // people in the order of their (first) name, then IRI: a pair is written in that order
        Set<Object> everyone = new HashSet<>(names.keySet());
        participants.values().forEach(everyone::addAll);
        everyone.addAll(mentions.keySet());
        List<Object> people = new ArrayList<>(everyone);
        people.sort(Comparator.comparing((Object p) -> firstName(names, p)).thenComparing(p -> facts.node(p).toString()));
        Map<Object, Integer> id = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            id.put(people.get(i), i);
        }

        Set<Object> meetings = facts.subjects(RDF.type.asNode(), BKG.Meeting.asNode());
        Map<Object, Node> dates = facts.greatest(Vocab.schemaStartDate);
        int[] meetingsOf = new int[people.size()];
        Map<Long, Tally> pairs = new HashMap<>();
        for (Map.Entry<Object, Set<Object>> e : participants.entrySet()) {
            int[] ids = e.getValue().stream().mapToInt(id::get).sorted().toArray();
            for (int i : ids) {
                meetingsOf[i]++;
            }
            if (!meetings.contains(e.getKey())) {
                continue;
            }
            Node date = dates.get(e.getKey());
            for (int i = 0; i < ids.length; i++) {
                for (int j = i + 1; j < ids.length; j++) {
                    Tally t = pairs.computeIfAbsent(((long) ids[i] << 32) | ids[j], k -> new Tally());
                    t.meetings++;
                    if (date != null && (t.last == null || StoredFacts.compare(date, t.last) > 0)) {
                        t.last = date;
                    }
                }
            }
        }
        levels(pairs, out);
        for (Map.Entry<Long, Tally> e : pairs.entrySet()) {
            Node a = facts.node(people.get((int) (e.getKey() >>> 32)));
            Node b = facts.node(people.get((int) (e.getKey() & 0xffffffffL)));
            Node row = out.row("co-participation", a.getURI() + "|" + b.getURI(), BKG.CoParticipation);
            out.add(row, BKG.firstParticipant, a);
            out.add(row, BKG.secondParticipant, b);
            out.count(row, BKG.sharedMeetings, e.getValue().meetings);
            if (e.getValue().last != null) {
                out.add(row, BKG.lastMet, e.getValue().last);
            }
        }

        Map<Object, Set<String>> posts = posts(facts);
        for (int i = 0; i < people.size(); i++) {
            Object person = people.get(i);
            Node p = facts.node(person);
            // every person's names beside the tables, so that they are read without leaving this graph
            for (Node name : names.getOrDefault(person, new TreeSet<>())) {
                out.add(p, Vocab.foafName, name);
            }
            Long mentioned = mentions.get(person);
            if (mentioned == null) {
                continue; // named only in a role, never as a mention: not one of the people the bulletins mention
            }
            out.count(p, BKG.mentionedInBulletins, mentioned);
            if (meetingsOf[i] > 0) {
                out.count(p, BKG.meetingsTakenPart, meetingsOf[i]);
            }
            Set<String> titles = posts.get(person);
            if (titles != null) {
                out.text(p, BKG.postTitles, String.join("、", titles));
            }
        }
    }

    /**
     * Per number of shared meetings: how many pairs share that many, and how many share more; a query takes the
     * most frequent pairs by looking up only the few highest numbers.
     */
    private static void levels(Map<Long, Tally> pairs, Rows out) {
        java.util.TreeMap<Integer, Long> byCount = new java.util.TreeMap<>();
        for (Tally t : pairs.values()) {
            byCount.merge(t.meetings, 1L, Long::sum);
        }
        long above = 0;
        for (Map.Entry<Integer, Long> e : byCount.descendingMap().entrySet()) {
            Node row = out.row("co-participation-level", Integer.toString(e.getKey()), BKG.CoParticipationLevel);
            out.count(row, BKG.sharedMeetings, e.getKey());
            out.count(row, BKG.pairCount, e.getValue());
            out.count(row, BKG.pairsAbove, above);
            above += e.getValue();
        }
    }

    private static String firstName(Map<Object, TreeSet<Node>> names, Object person) {
        TreeSet<Node> n = names.get(person);
        return n == null || n.isEmpty() ? "" : n.first().getLiteralLexicalForm();
    }

    /** The number of distinct bulletins that mention each person. */
    private static Map<Object, Long> bulletinsPerPerson(StoredFacts facts) {
        Map<Object, Integer> personId = new HashMap<>();
        Map<Object, Integer> bulletinId = new HashMap<>();
        long[][] buffer = {new long[1024]};
        int[] n = {0};
        facts.each(BKG.mentionsPerson.asNode(), (bulletin, person) -> {
            int p = personId.computeIfAbsent(person, k -> personId.size());
            int b = bulletinId.computeIfAbsent(bulletin, k -> bulletinId.size());
            if (n[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], buffer[0].length * 2);
            }
            buffer[0][n[0]++] = ((long) p << 32) | b;
        });
        long[] all = Arrays.copyOf(buffer[0], n[0]);
        Arrays.sort(all);
        long[] counts = new long[personId.size()];
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                counts[(int) (all[i] >>> 32)]++;
            }
        }
        Map<Object, Long> out = new HashMap<>();
        personId.forEach((person, i) -> out.put(person, counts[i]));
        return out;
    }

    /** The post titles each person was seen holding, in order. */
    private static Map<Object, Set<String>> posts(StoredFacts facts) {
        Map<Object, List<Object>> holders = new HashMap<>();
        facts.each(ORG.member.asNode(), (holding, person) -> holders.computeIfAbsent(holding, k -> new ArrayList<>(1)).add(person));
        Map<Object, Set<String>> out = new HashMap<>();
        facts.each(BKG.postTitle.asNode(), (holding, title) -> {
            List<Object> persons = holders.get(holding);
            if (persons != null) {
                Node t = facts.node(title);
                if (t.isLiteral()) {
                    for (Object p : persons) {
                        out.computeIfAbsent(p, k -> new TreeSet<>()).add(t.getLiteralLexicalForm());
                    }
                }
            }
        });
        return out;
    }
}

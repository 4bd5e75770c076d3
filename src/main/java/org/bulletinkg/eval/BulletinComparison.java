package org.bulletinkg.eval;

import static org.bulletinkg.eval.Norm.norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of score.py's loop: compares one bulletin's gold with its facts (both as read by {@link PyJson};
 * facts is an empty dict when the file is missing) and adds the counts to the tallies, field by field.
 */
final class BulletinComparison {
    private static final List<String> MEETING_LISTS =
            List.of("attendees", "nonvoting", "presenters", "documents", "instructions_from");

    private final Map<String, Tally> tallies;

    BulletinComparison(Map<String, Tally> tallies) {
        this.tallies = tallies;
    }

    void compare(Object gold, Object facts) {
        meetings(gold, facts);
        people(gold, facts);
        for (String field : List.of("organizations", "places")) {
            aliasField(field, gold, facts);
        }
        strategies(gold, facts);
        tally("reporters").addSets(normSet(Py.orEmpty(Py.get(facts, "reporters", List.of()))),
                normSet(Py.get(gold, "reporters", List.of())));
    }

    private void meetings(Object gold, Object facts) {
        Map<Object, Map<?, ?>> gk = byKey(Py.get(gold, "meetings", List.of()));
        Map<Object, Map<?, ?>> fk = byKey(Py.orEmpty(Py.get(facts, "meetings", List.of())));
        tally("meetings").addSets(fk.keySet(), gk.keySet());
        for (Map.Entry<Object, Map<?, ?>> e : gk.entrySet()) {
            Map<?, ?> g = e.getValue();
            Map<?, ?> f = fk.getOrDefault(e.getKey(), Map.of());
            tally("meeting.chair").addSets(normOne(f, "chair"), normOne(g, "chair"));
            tally("meeting.body").addSets(normOne(f, "body"), normOne(g, "body"));
            tally("meeting.term").addSets(keyOne(f, "term"), keyOne(g, "term"));
            // {bool(f.get('expanded'))} if f else set(): an unmatched (or empty) facts meeting gives nothing
            Set<Object> gotExpanded = new HashSet<>();
            if (!f.isEmpty()) {
                gotExpanded.add(Py.truthy(Py.get(f, "expanded", null)));
            }
            tally("meeting.expanded").addSets(gotExpanded, new HashSet<>(List.of(Py.truthy(Py.get(g, "expanded", null)))));
            for (String field : MEETING_LISTS) {
                tally("meeting." + field).addSets(normSet(Py.orEmpty(Py.get(f, field, List.of()))),
                        normSet(Py.get(g, field, List.of())));
            }
        }
    }

    /** {mkey(m): m for m in meetings}: a later meeting with the same key replaces an earlier one. */
    private static Map<Object, Map<?, ?>> byKey(Object meetings) {
        Map<Object, Map<?, ?>> byKey = new LinkedHashMap<>();
        for (Object m : Py.iterate(meetings)) {
            Map<?, ?> meeting = Py.dict(m, "get");
            List<Object> key = Arrays.asList(Py.hashKey(meeting.get("kind")), Py.hashKey(meeting.get("number")),
                    norm(meeting.get("date")));
            byKey.put(key, meeting);
        }
        return byKey;
    }

    private void people(Object gold, Object facts) {
        Map<String, Object> gpeople = new LinkedHashMap<>();
        for (Object p : Py.iterate(Py.get(gold, "people", List.of()))) {
            gpeople.put(norm(Py.item(p, "name")), p);
        }
        Map<String, Object> fpeople = new LinkedHashMap<>();
        for (Object p : Py.iterate(Py.orEmpty(Py.get(facts, "people", List.of())))) {
            fpeople.put(norm(Py.get(p, "name", null)), p);
        }
        tally("people").addSets(fpeople.keySet(), gpeople.keySet());
        Set<Object> gposts = new HashSet<>();
        gpeople.forEach((name, p) -> {
            for (Object x : Py.iterate(Py.get(p, "posts", List.of()))) {
                gposts.add(Arrays.asList(name, norm(x)));
            }
        });
        Set<Object> fposts = new HashSet<>();
        fpeople.forEach((name, p) -> {
            for (Object x : Py.iterate(Py.orEmpty(Py.get(p, "posts", null)))) {
                fposts.add(Arrays.asList(name, norm(x)));
            }
        });
        tally("people.posts").addSets(fposts, gposts);
    }

    private void aliasField(String field, Object gold, Object facts) {
        List<List<String>> groups = new ArrayList<>();
        for (Object x : Py.iterate(Py.get(gold, field, List.of()))) {
            groups.add(aliases(x));
        }
        Set<String> got = new HashSet<>();
        for (Object x : Py.iterate(Py.orEmpty(Py.get(facts, field, List.of())))) {
            if (Py.truthy(x)) {
                got.add(norm(x instanceof List ? ((List<?>) x).get(0) : x));
            }
        }
        Set<String> optional = new HashSet<>();
        for (Object o : Py.iterate(Py.get(gold, field + "_optional", List.of()))) {
            optional.addAll(aliases(o));
        }
        tally(field).addAlias(got, groups, optional);
    }

    /**
     * Strategies as score.py counts them: a gold entry is a label or a list of equivalent labels, hit once by
     * any of them; an extracted label in no gold list and not optional is a false positive.
     */
    private void strategies(Object gold, Object facts) {
        List<List<String>> groups = new ArrayList<>();
        for (Object x : Py.iterate(Py.get(gold, "strategies", List.of()))) {
            groups.add(aliases(x));
        }
        Set<String> got = new HashSet<>();
        for (Object x : Py.iterate(Py.orEmpty(Py.get(facts, "strategies", List.of())))) {
            if (Py.truthy(x)) {
                got.add(norm(x));
            }
        }
        Set<String> optional = new HashSet<>();
        for (Object o : Py.iterate(Py.get(gold, "strategies_optional", List.of()))) {
            optional.addAll(aliases(o));
        }
        tally("strategies").addAlias(got, groups, optional);
    }

    /** aliases(item): a list's items normalised, or the single item normalised. */
    private static List<String> aliases(Object item) {
        List<String> names = new ArrayList<>();
        for (Object x : item instanceof List ? (List<?>) item : Arrays.asList(item)) {
            names.add(norm(x));
        }
        return names;
    }

    /** {norm(x) for x in v}. */
    private static Set<String> normSet(Object v) {
        Set<String> set = new HashSet<>();
        for (Object x : Py.iterate(v)) {
            set.add(norm(x));
        }
        return set;
    }

    /** {norm(m.get(field))} - {None}. */
    private static Set<String> normOne(Map<?, ?> m, String field) {
        Set<String> set = new HashSet<>();
        String v = norm(m.get(field));
        if (v != null) {
            set.add(v);
        }
        return set;
    }

    /** {m.get(field)} - {None}, with Python's equality (16 == 16.0 == True-like rules). */
    private static Set<Object> keyOne(Map<?, ?> m, String field) {
        Set<Object> set = new HashSet<>();
        Object v = Py.hashKey(m.get(field));
        if (v != null) {
            set.add(v);
        }
        return set;
    }

    private Tally tally(String field) {
        return tallies.get(field);
    }
}

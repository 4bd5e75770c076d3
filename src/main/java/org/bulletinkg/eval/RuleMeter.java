package org.bulletinkg.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bulletinkg.BadInputException;
import org.bulletinkg.extract.DocumentFact;
import org.bulletinkg.extract.Evidence;
import org.bulletinkg.extract.Extraction;
import org.bulletinkg.extract.MeetingFact;
import org.bulletinkg.extract.Mention;
import org.bulletinkg.extract.Participation;
import org.bulletinkg.extract.PersonFact;
import org.bulletinkg.extract.Role;

/**
 * Measures each extraction rule's precision on a gold set: every fact a rule produced is right when the gold
 * answer of its bulletin holds it (a meeting by kind, number and date; a participant in that role of any gold
 * meeting; a document, person, place, organisation, strategy or reporter by name or accepted alias; items the
 * gold calls optional are left out). The figure is (right + 1) / (facts + 2), so that a rule seen once is not
 * taken for certain.
 */
public final class RuleMeter {
    private final Map<String, int[]> counts = new TreeMap<>();

    /** Adds one bulletin's extraction, compared with its gold file. */
    public void add(Extraction x, Path goldFile) {
        JsonObject gold;
        try {
            gold = JsonParser.parseString(Files.readString(goldFile, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(goldFile, "cannot read the gold file: " + e.getMessage());
        }
        Set<String> meetingKeys = new HashSet<>();
        Map<Role, Set<String>> roles = new java.util.EnumMap<>(Role.class);
        Set<String> documents = new HashSet<>();
        for (JsonElement e : array(gold, "meetings")) {
            JsonObject m = e.getAsJsonObject();
            meetingKeys.add(key(text(m, "kind"), m.get("number"), text(m, "date")));
            if (text(m, "chair") != null) {
                add(roles, Role.CHAIR, Set.of(Norm.norm(text(m, "chair"))));
            }
            add(roles, Role.ATTENDEE, names(m, "attendees"));
            add(roles, Role.NONVOTING, names(m, "nonvoting"));
            add(roles, Role.PRESENTER, names(m, "presenters"));
            add(roles, Role.INSTRUCTIONS, names(m, "instructions_from"));
            documents.addAll(names(m, "documents"));
        }
        for (MeetingFact m : x.meetings()) {
            JsonElement n = m.number() == null ? null : new com.google.gson.JsonPrimitive(m.number());
            count(m.evidence(), meetingKeys.contains(key(m.kind(), n, m.date() == null ? null : m.date().iso())));
            for (Participation p : m.participants()) {
                count(p.evidence(), roles.getOrDefault(p.role(), Set.of()).contains(Norm.norm(p.person())));
            }
            for (DocumentFact d : m.documents()) {
                count(d.evidence(), documents.contains(Norm.norm(d.title())));
            }
        }
        Set<String> people = new HashSet<>();
        for (JsonElement e : array(gold, "people")) {
            people.add(Norm.norm(text(e.getAsJsonObject(), "name")));
        }
        for (PersonFact p : x.people()) {
            count(p.evidence(), people.contains(Norm.norm(p.name())));
        }
        Set<String> reporters = names(gold, "reporters");
        for (PersonFact p : x.reporters()) {
            count(p.evidence(), reporters.contains(Norm.norm(p.name())));
        }
        mentions(x.places(), gold, "places");
        mentions(x.organizations(), gold, "organizations");
        mentions(x.strategies(), gold, "strategies");
    }

    private void mentions(List<Mention> found, JsonObject gold, String field) {
        Set<String> accepted = aliases(array(gold, field));
        Set<String> optional = aliases(array(gold, field + "_optional"));
        for (Mention m : found) {
            String n = Norm.norm(m.canonical());
            if (!optional.contains(n) || accepted.contains(n)) {
                count(m.evidence(), accepted.contains(n));
            }
        }
    }

    private void count(Evidence e, boolean right) {
        int[] c = counts.computeIfAbsent(e.rule(), k -> new int[2]);
        c[0]++;
        if (right) {
            c[1]++;
        }
    }

    /** The table: rule, precision, facts, right; one line a rule, in the format of rules/precision.tsv. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("# Precision of each extraction rule on a gold set: rule <TAB> precision <TAB> facts <TAB> right.\n");
        out.append("# Written by `bulletin-kg rules`; precision is (right + 1) / (facts + 2).\n");
        counts.forEach((rule, c) -> out.append(String.format(Locale.ROOT, "%s\t%.3f\t%d\t%d%n", rule,
                (c[1] + 1.0) / (c[0] + 2.0), c[0], c[1])));
        return out.toString();
    }

    private static String key(String kind, JsonElement number, String date) {
        return kind + "|" + (number == null || number.isJsonNull() ? "" : number.getAsInt()) + "|" + Norm.norm(date);
    }

    private static void add(Map<Role, Set<String>> roles, Role role, Set<String> names) {
        roles.computeIfAbsent(role, r -> new HashSet<>()).addAll(names);
    }

    private static JsonArray array(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || !e.isJsonArray() ? new JsonArray() : e.getAsJsonArray();
    }

    private static String text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static Set<String> names(JsonObject o, String field) {
        Set<String> out = new HashSet<>();
        for (JsonElement e : array(o, field)) {
            if (e.isJsonPrimitive()) {
                out.add(Norm.norm(e.getAsString()));
            }
        }
        return out;
    }

    private static Set<String> aliases(JsonArray items) {
        Set<String> out = new HashSet<>();
        for (JsonElement e : items) {
            if (e.isJsonArray()) {
                e.getAsJsonArray().forEach(a -> out.add(Norm.norm(a.getAsString())));
            } else if (e.isJsonPrimitive()) {
                out.add(Norm.norm(e.getAsString()));
            }
        }
        return out;
    }
}

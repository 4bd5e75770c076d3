package org.bulletinkg.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns perfect facts into imperfect ones the way an extractor can go wrong (and the way a facts file can be
 * odd), to compare the Java scorer with score.py on many variations.
 */
final class FactsMutator {
    /** Padding characters: Python whitespace (stripped) and look-alikes that are not (kept). */
    private static final String[] PADS = {" ", "\t", "\n", "\u00a0", "\u3000", "\u2003", "\u0085", "\u1680", "\u202f",
        "\u001c", "\u200b", "\u180e", "\ufeff"};
    private static final String[] MEETING_LISTS = {"attendees", "nonvoting", "presenters", "documents", "instructions_from"};

    private final Random random;
    private final JsonObject gold;
    private final JsonObject facts;

    FactsMutator(long seed, JsonObject gold, JsonObject facts) {
        this.random = new Random(seed);
        this.gold = gold;
        this.facts = facts;
    }

    /** Applies n random mutations and returns the facts (changed in place). */
    JsonObject mutate(int n) {
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> meeting();
                case 2 -> person();
                case 3 -> aliasField(random.nextBoolean() ? "organizations" : "places");
                case 4 -> labels(random.nextBoolean() ? "strategies" : "reporters");
                default -> oddity();
            }
        }
        return facts;
    }

    // ---- meetings

    private void meeting() {
        JsonArray meetings = array(facts, "meetings");
        if (meetings.isEmpty()) {
            meetings.add(new JsonObject());
            return;
        }
        int i = random.nextInt(meetings.size());
        if (!meetings.get(i).isJsonObject()) {
            return;
        }
        JsonObject m = meetings.get(i).getAsJsonObject();
        switch (random.nextInt(12)) {
            case 0 -> meetings.remove(i);
            case 1 -> m.add("date", pick(JsonNull.INSTANCE, str("2099-01-01"), str(fullWidth(m.get("date"))),
                    str(pad(asString(m.get("date")))), str("2020-04"), new JsonPrimitive(20200408)));
            case 2 -> m.add("number", number(m.get("number")));
            case 3 -> m.addProperty("kind", "other");
            case 4 -> {
                JsonObject copy = m.deepCopy();
                copy.addProperty("chair", "复制者");
                copy.addProperty("expanded", !bool(m.get("expanded")));
                meetings.add(copy);
            }
            case 5 -> m.add("expanded", pick(new JsonPrimitive(true), new JsonPrimitive(false), JsonNull.INSTANCE,
                    str("yes"), str(""), new JsonPrimitive(0), new JsonPrimitive(1), new JsonArray(), new JsonPrimitive(0.0)));
            case 6 -> m.add("term", pick(JsonNull.INSTANCE, new JsonPrimitive(16), new JsonPrimitive(16.0), str("16"),
                    new JsonPrimitive(true), new JsonPrimitive(0), new JsonPrimitive(1.5)));
            case 7 -> m.add("chair", variant(m.get("chair")));
            case 8 -> m.add("body", variant(m.get("body")));
            case 9, 10 -> list(m, MEETING_LISTS[random.nextInt(MEETING_LISTS.length)]);
            default -> meetings.set(i, new JsonObject());
        }
    }

    private JsonElement number(JsonElement n) {
        if (n == null || !n.isJsonPrimitive() || !n.getAsJsonPrimitive().isNumber()) {
            return pick(new JsonPrimitive(1), JsonNull.INSTANCE, new JsonPrimitive(true));
        }
        long v = n.getAsLong();
        return pick(new JsonPrimitive((double) v), new JsonPrimitive(v + 1), JsonNull.INSTANCE, str(Long.toString(v)),
                new JsonPrimitive(v == 1), new JsonPrimitive(v + 0.5));
    }

    /** A list field of a meeting or a person: drop, add, wrap, pad, null, string instead of list. */
    private void list(JsonObject owner, String field) {
        JsonElement value = owner.get(field);
        if (value == null || !value.isJsonArray()) {
            owner.add(field, new JsonArray());
            return;
        }
        JsonArray items = value.getAsJsonArray();
        int k = items.isEmpty() ? -1 : random.nextInt(items.size());
        switch (random.nextInt(9)) {
            case 0 -> {
                if (k >= 0) {
                    items.remove(k);
                }
            }
            case 1 -> items.add("路人" + random.nextInt(3));
            case 2 -> items.add(JsonNull.INSTANCE);
            case 3 -> owner.add(field, JsonNull.INSTANCE);
            case 4 -> owner.addProperty(field, random.nextBoolean() ? "甲乙" : "");
            case 5 -> {
                if (k >= 0) {
                    items.set(k, variant(items.get(k)));
                }
            }
            case 6 -> {
                if (k >= 0) {
                    items.add(items.get(k).deepCopy());
                }
            }
            case 7 -> {
                if (k >= 0) {
                    items.set(k, str("《" + asString(items.get(k)) + "》"));
                }
            }
            default -> {
                if (k >= 0) {
                    items.set(k, str("“" + asString(items.get(k)) + "”"));
                }
            }
        }
    }

    // ---- people

    private void person() {
        JsonArray people = array(facts, "people");
        int k = people.isEmpty() ? -1 : random.nextInt(people.size());
        JsonObject p = k >= 0 && people.get(k).isJsonObject() ? people.get(k).getAsJsonObject() : null;
        switch (random.nextInt(8)) {
            case 0 -> {
                if (k >= 0) {
                    people.remove(k);
                }
            }
            case 1 -> people.add(person("路人" + random.nextInt(3), "局长"));
            case 2 -> {
                if (p != null) {
                    list(p, "posts");
                }
            }
            case 3 -> {
                if (p != null) {
                    JsonObject twin = p.deepCopy();
                    twin.add("posts", strings("副" + random.nextInt(2) + "职"));
                    people.add(twin);
                }
            }
            case 4 -> {
                if (p != null) {
                    p.add("name", variant(p.get("name")));
                }
            }
            case 5 -> {
                if (p != null) {
                    p.add("posts", pick(JsonNull.INSTANCE, str("书记"), new JsonArray()));
                }
            }
            case 6 -> {
                JsonObject nameless = new JsonObject();
                nameless.add("posts", strings("x"));
                people.add(nameless);
            }
            default -> {
                if (p != null) {
                    p.remove("posts");
                }
            }
        }
    }

    private static JsonObject person(String name, String post) {
        JsonObject p = new JsonObject();
        p.addProperty("name", name);
        p.add("posts", strings(post));
        return p;
    }

    // ---- organizations and places

    private void aliasField(String field) {
        JsonArray got = array(facts, field);
        List<JsonArray> groups = groups(gold, field);
        List<JsonElement> optional = new ArrayList<>();
        if (gold.has(field + "_optional") && gold.get(field + "_optional").isJsonArray()) {
            gold.getAsJsonArray(field + "_optional").forEach(optional::add);
        }
        switch (random.nextInt(9)) {
            case 0 -> {
                if (!groups.isEmpty()) {
                    got.add(randomAlias(groups.get(random.nextInt(groups.size()))));
                }
            }
            case 1 -> {
                if (!got.isEmpty()) {
                    got.set(random.nextInt(got.size()),
                            groups.isEmpty() ? str("某地") : randomAlias(groups.get(random.nextInt(groups.size()))));
                }
            }
            case 2 -> {
                if (!optional.isEmpty()) {
                    JsonElement o = optional.get(random.nextInt(optional.size()));
                    got.add(o.isJsonArray() ? randomAlias(o.getAsJsonArray()) : o);
                }
            }
            case 3 -> got.add("某机构" + random.nextInt(2));
            case 4 -> {
                if (!groups.isEmpty()) {
                    JsonArray g = groups.get(random.nextInt(groups.size())).deepCopy();
                    JsonArray reversed = new JsonArray();
                    for (int i = g.size() - 1; i >= 0; i--) {
                        reversed.add(g.get(i));
                    }
                    got.add(random.nextBoolean() ? g : reversed);
                }
            }
            case 5 -> got.add(pick(str(""), JsonNull.INSTANCE, new JsonArray(), new JsonPrimitive(0), new JsonPrimitive(7)));
            case 6 -> {
                if (!got.isEmpty()) {
                    got.remove(random.nextInt(got.size()));
                }
            }
            case 7 -> {
                if (!got.isEmpty()) {
                    int k = random.nextInt(got.size());
                    got.set(k, variant(got.get(k)));
                }
            }
            default -> facts.add(field, pick(JsonNull.INSTANCE, str(""), new JsonArray()));
        }
    }

    private static List<JsonArray> groups(JsonObject gold, String field) {
        List<JsonArray> groups = new ArrayList<>();
        if (gold.has(field) && gold.get(field).isJsonArray()) {
            for (JsonElement g : gold.getAsJsonArray(field)) {
                if (g.isJsonArray() && !g.getAsJsonArray().isEmpty()) {
                    groups.add(g.getAsJsonArray());
                }
            }
        }
        return groups;
    }

    private JsonElement randomAlias(JsonArray group) {
        return group.get(random.nextInt(group.size())).deepCopy();
    }

    // ---- strategies and reporters

    private void labels(String field) {
        JsonArray got = array(facts, field);
        JsonArray optional = gold.has(field + "_optional") && gold.get(field + "_optional").isJsonArray()
                ? gold.getAsJsonArray(field + "_optional") : new JsonArray();
        int k = got.isEmpty() ? -1 : random.nextInt(got.size());
        switch (random.nextInt(7)) {
            case 0 -> {
                if (!optional.isEmpty()) {
                    got.add(optional.get(random.nextInt(optional.size())));
                }
            }
            case 1 -> {
                if (k >= 0) {
                    got.add("“" + asString(got.get(k)) + "”工作");
                }
            }
            case 2 -> {
                if (k >= 0) {
                    got.remove(k);
                }
            }
            case 3 -> {
                if (k >= 0) {
                    got.set(k, variant(got.get(k)));
                }
            }
            case 4 -> got.add("某口号" + random.nextInt(2));
            case 5 -> {
                if (k >= 0) {
                    got.set(k, str("《" + asString(got.get(k)) + "》"));
                }
            }
            default -> facts.add(field, pick(JsonNull.INSTANCE, new JsonArray()));
        }
    }

    // ---- whole-file oddities

    private void oddity() {
        String[] fields = {"meetings", "people", "organizations", "places", "strategies", "reporters"};
        String field = fields[random.nextInt(fields.length)];
        switch (random.nextInt(3)) {
            case 0 -> facts.remove(field);
            case 1 -> facts.add(field, JsonNull.INSTANCE);
            default -> facts.addProperty("notes", "extra field " + random.nextInt(10));
        }
    }

    // ---- helpers

    /** A variant of a name: full-width, padded, quoted, or a different name. */
    private JsonElement variant(JsonElement e) {
        String s = e == null || e.isJsonNull() ? "" : asString(e);
        return pick(str(fullWidth(s) + (random.nextBoolean() ? "" : "\u3000")), str(pad(s)), str("“" + s + "”"),
                str("《" + s + "》"), str(s + "x"), str(s.replace("", " ").trim()), JsonNull.INSTANCE, str(s + "\u200b"),
                str(pad(s.isEmpty() ? s : s.substring(0, s.length() - 1))));
    }

    private String pad(String s) {
        return PADS[random.nextInt(PADS.length)] + s + PADS[random.nextInt(PADS.length)];
    }

    private static String fullWidth(JsonElement e) {
        return EvalFixtures.fullWidth(e == null || e.isJsonNull() ? "" : asString(e));
    }

    private static String fullWidth(String s) {
        return EvalFixtures.fullWidth(s);
    }

    private static String asString(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "";
        }
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static boolean bool(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() && e.getAsBoolean();
    }

    private JsonElement pick(JsonElement... options) {
        return options[random.nextInt(options.length)].deepCopy();
    }

    private static JsonPrimitive str(String s) {
        return new JsonPrimitive(s);
    }

    private static JsonArray strings(String... items) {
        JsonArray a = new JsonArray();
        for (String s : items) {
            a.add(s);
        }
        return a;
    }

    /** The facts' array under field, created (or replacing a non-array) if need be. */
    private static JsonArray array(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonArray()) {
            e = new JsonArray();
            o.add(field, e);
        }
        return e.getAsJsonArray();
    }
}

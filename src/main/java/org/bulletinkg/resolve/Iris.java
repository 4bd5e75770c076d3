package org.bulletinkg.resolve;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The one place that mints IRIs. They are readable (pinyin slugs) and stable: the same input gives the same
 * IRI on every run and machine. A short hash of the Chinese name keeps apart names that share a pinyin.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/bulletin-kg/id/";

    private Iris() {
    }

    public static String bulletin(String name) {
        return BASE + "bulletin/" + slug(name);
    }

    public static String graph(String bulletinName) {
        return BASE + "graph/" + slug(bulletinName);
    }

    public static String meeting(String jurisdiction, String body, String kind, Integer number, String date,
                                 String bulletinName) {
        String which = number != null ? String.valueOf(number) : date != null ? date : slug(bulletinName);
        return BASE + "meeting/" + slug(jurisdiction == null ? "unknown" : jurisdiction) + "/" + slug(body)
                + "-" + hash(kind + body, 4) + "/" + which;
    }

    /** A person: a name within a scope (see {@link PersonScopes}); one name in two scopes is two people. */
    public static String person(String name, String scope) {
        return BASE + "person/" + slug(name) + "-" + hash(name + "|" + scope, 4);
    }

    public static String organization(String canonical) {
        return BASE + "org/" + slug(canonical) + "-" + hash(canonical, 4);
    }

    public static String place(String canonical) {
        return BASE + "place/" + slug(canonical) + "-" + hash(canonical, 4);
    }

    /** A division of the national gazetteer, by its official code (110108 for 海淀区). */
    public static String division(String code) {
        return BASE + "place/cn-" + code;
    }

    public static String candidateStrategy(String label) {
        return BASE + "strategy/candidate/" + slug(label) + "-" + hash(label, 4);
    }

    public static String document(String title) {
        return BASE + "document/" + hash(title, 12);
    }

    public static String kind(String code) {
        return BASE + "kind/" + code;
    }

    public static String postHolding(String bulletinName, String person, String title) {
        return BASE + "holding/" + slug(bulletinName) + "/" + hash(person + "|" + title, 8);
    }

    /**
     * The evidence of a fact: derived from the fact (its subject, predicate and object), where in the text it was
     * read and by which rule, so that a fact read the same way keeps its IRI whatever other rules change.
     */
    public static String evidence(String bulletinName, String subject, String predicate, String object, int start, int end,
                                  String rule) {
        return BASE + "evidence/" + slug(bulletinName) + "/"
                + hash(subject + "|" + predicate + "|" + object + "|" + start + "|" + end + "|" + rule, 16);
    }

    /**
     * A row of a build-time aggregate (co-participation, mentions per month, ...): {@code kind} names the
     * table, {@code key} the row, so that the same row gets the same IRI in every build.
     */
    public static String aggregate(String kind, String key) {
        return BASE + "aggregate/" + kind + "/" + hash(key, 16);
    }

    /** A sentence of a bulletin that facts were read from, by its character span. */
    public static String sentence(String bulletinName, int start, int end) {
        return BASE + "sentence/" + slug(bulletinName) + "/" + start + "-" + end;
    }

    public static String extractionRun(String version) {
        return BASE + "run/" + version;
    }

    /** An agenda item of a meeting, keyed by what it is about (a document's title), so reports of one meeting agree. */
    /** The study session held before a meeting. */
    public static String studySession(String meetingIri) {
        return meetingIri + "/study-session";
    }

    public static String agendaItem(String meetingIri, String about) {
        return meetingIri + "/item/" + hash(about, 8);
    }

    /** The interval (its ends unknown) during which a post was held: the object of org:memberDuring. */
    public static String tenure(String holdingIri) {
        return holdingIri + "/during";
    }

    /** A day as an OWL-Time instant (ISO date). */
    public static String day(String isoDate) {
        return BASE + "day/" + isoDate;
    }

    /** Lower-case ASCII: each Chinese character becomes its pinyin syllable, set off by '-'; letters, digits, '_' and '.' stay. */
    public static String slug(String s) {
        StringBuilder out = new StringBuilder();
        List<Pinyin> pinyin = HanLP.convertToPinyinList(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append(Character.toLowerCase(c));
            } else {
                Pinyin py = i < pinyin.size() ? pinyin.get(i) : Pinyin.none5;
                dash(out);
                if (py != Pinyin.none5) {
                    out.append(py.getPinyinWithoutTone());
                    dash(out);
                }
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() == 0 ? "x" + hash(s, 8) : out.toString();
    }

    /** A '-' between parts: never two in a row, none at the start (a syllable holds only a-z). */
    private static void dash(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
            out.append('-');
        }
    }

    static String hash(String s, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package org.bulletinkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletinkg.BulletinKgException;

/**
 * China's administrative divisions (34 provinces, prefectures, counties and townships, with official codes,
 * derived short forms and Wikidata ids), read once from {@code gazetteer/divisions.tsv}, which
 * {@code scripts/gazetteer.py} derives from the facts in shared/data/divisions.
 */
public final class Gazetteer {
    /** The levels of the hierarchy, from the top. */
    public enum Level {
        PROVINCE, PREFECTURE, COUNTY, TOWNSHIP;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One division.
     *
     * @param parent    the parent's code, or null for a province
     * @param shortName the name without its level word (海淀 for 海淀区), or null where none or ambiguous
     * @param ambiguous a short form left out because two children of one parent share it, or null
     * @param wikidata  the Wikidata QID, or null
     */
    public record Division(String code, String name, Level level, String parent, String shortName, String ambiguous,
                           boolean abolished, String wikidata, Double lat, Double lon) {
    }

    private static final String RESOURCE = "gazetteer/divisions.tsv";
    private static volatile Gazetteer standard;

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> byShort = new HashMap<>();
    private final List<Division> all = new ArrayList<>();
    private final int longestName;

    private Gazetteer() {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new BulletinKgException(RESOURCE + " is missing from the program (run scripts/gazetteer.py)");
        }
        int longest = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                Division d = new Division(c[0], c[1], Level.valueOf(c[2].toUpperCase(java.util.Locale.ROOT)),
                        blank(c[3]), blank(c[4]), blank(c[5]), c[6].equals("1"), blank(c[7]), number(c[8]), number(c[9]));
                all.add(d);
                byCode.put(d.code(), d);
                byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
                if (d.shortName() != null) {
                    byShort.computeIfAbsent(d.shortName(), k -> new ArrayList<>()).add(d);
                }
                longest = Math.max(longest, d.name().length());
            }
        } catch (IOException e) {
            throw new BulletinKgException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        longestName = longest;
    }

    /** The gazetteer bundled with the program, loaded once per process. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    g = new Gazetteer();
                    standard = g;
                }
            }
        }
        return g;
    }

    public List<Division> all() {
        return Collections.unmodifiableList(all);
    }

    public Division byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** Divisions of this full name (城关镇: many). */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Divisions of this short form. */
    public List<Division> shortNamed(String shortName) {
        return byShort.getOrDefault(shortName, List.of());
    }

    int longestName() {
        return longestName;
    }

    public Division parentOf(Division d) {
        return d == null ? null : byCode(d.parent());
    }

    /** Whether {@code d} is {@code ancestor} or lies within it. */
    public boolean within(Division d, Division ancestor) {
        for (Division x = d; x != null; x = parentOf(x)) {
            if (x.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    /** The division a jurisdiction's name means (海淀区, 义乌市, 北京经济技术开发区 → none); of several, the
     *  one whose province or prefecture the hint text names, else the first by code. */
    public Division jurisdiction(String name, String hint) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<Division> candidates = named(name.strip());
        if (candidates.isEmpty()) {
            candidates = shortNamed(name.strip());
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() > 1 && hint != null) {
            for (Division c : candidates) {
                for (Division a = parentOf(c); a != null; a = parentOf(a)) {
                    if (hint.contains(a.name()) || a.shortName() != null && hint.contains(a.shortName())) {
                        return c;
                    }
                }
            }
        }
        return candidates.stream().filter(d -> !d.abolished()).findFirst().orElse(candidates.get(0));
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Double number(String s) {
        return s == null || s.isEmpty() ? null : Double.valueOf(s);
    }
}

package org.bulletinkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.bulletinkg.BulletinKgException;

/**
 * The dictionaries extraction relies on, read once: surnames, post titles, leaders, departments and named
 * organisations from {@code lexicon/}, strategies and places from the ontology's concept schemes (one source
 * of truth: adding a slogan to ontology/strategies.ttl is all it takes for the extractor to find it).
 */
public final class Lexicon {
    /** A dictionary entry: a surface form and what it stands for. */
    public record Entry(String surface, String canonical, String key, boolean quotedOnly) {
    }

    private final Set<String> singleSurnames;
    /** The single surnames as characters: asked about at every candidate name, so no String per question. */
    private final BitSet singleSurnameChars = new BitSet(Character.MAX_VALUE + 1);
    private final Set<String> compoundSurnames;
    private final List<String> postTitles;
    private final WordIndex titlesByFirst;
    private final WordIndex titlesByLast;
    private final Set<String> leaders;
    private final List<String> partyDepartments;
    private final WordIndex partyDepartmentsByFirst;
    private final List<String> governmentDepartments;
    private final WordIndex governmentDepartmentsByFirst;
    private final Map<String, String> namedOrganizations;
    private final Map<String, Entry> strategies;
    private final WordIndex strategyLabelsByFirst;
    private final Map<String, Entry> places;
    private final List<String> placeLabelsLongestFirst;
    private final WordIndex placeLabelsByFirst;

    private static volatile Lexicon standard;

    private Lexicon() {
        Set<String> single = new HashSet<>();
        Set<String> compound = new HashSet<>();
        for (String line : lines("lexicon/surnames.txt")) {
            for (String s : line.split("\\s+")) {
                (s.length() == 1 ? single : compound).add(s);
            }
        }
        singleSurnames = Set.copyOf(single);
        singleSurnames.forEach(c -> singleSurnameChars.set(c.charAt(0)));
        compoundSurnames = Set.copyOf(compound);
        List<String> posts = new ArrayList<>(lines("lexicon/posts.txt"));
        posts.sort(Comparator.comparingInt(String::length).reversed());
        postTitles = List.copyOf(posts);
        titlesByFirst = WordIndex.byFirst(postTitles);
        titlesByLast = WordIndex.byLast(postTitles);
        leaders = Set.copyOf(lines("lexicon/leaders.txt"));
        List<String> party = new ArrayList<>();
        List<String> gov = new ArrayList<>();
        List<String> current = null;
        for (String line : lines("lexicon/departments.txt")) {
            if (line.equals("[party]")) {
                current = party;
            } else if (line.equals("[government]")) {
                current = gov;
            } else if (current != null) {
                current.add(line);
            }
        }
        party.sort(Comparator.comparingInt(String::length).reversed());
        gov.sort(Comparator.comparingInt(String::length).reversed());
        partyDepartments = List.copyOf(party);
        governmentDepartments = List.copyOf(gov);
        partyDepartmentsByFirst = WordIndex.byFirst(partyDepartments);
        governmentDepartmentsByFirst = WordIndex.byFirst(governmentDepartments);
        Map<String, String> orgs = new LinkedHashMap<>();
        for (String line : lines("lexicon/organizations.tsv")) {
            String[] cols = line.split("\t");
            for (String c : cols) {
                orgs.put(c.trim(), cols[0].trim());
            }
        }
        namedOrganizations = Collections.unmodifiableMap(orgs);
        strategies = loadConcepts("ontology/strategies.ttl", """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
                SELECT ?c ?pref ?label ?quoted WHERE {
                  ?c a skos:Concept ; skos:prefLabel ?pref .
                  FILTER(lang(?pref) = "zh")
                  { ?c skos:prefLabel ?label } UNION { ?c skos:altLabel ?label }
                  FILTER(lang(?label) = "zh")
                  OPTIONAL { ?c bkg:quotedOnly ?quoted }
                }""");
        places = loadConcepts("ontology/places.ttl", """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
                SELECT ?c ?pref ?label ?quoted WHERE {
                  ?c skos:prefLabel ?pref ; bkg:placeType ?type .
                  FILTER(?type != "country")
                  { ?c skos:prefLabel ?label } UNION { ?c skos:altLabel ?label }
                  BIND(false AS ?quoted)
                }""");
        strategyLabelsByFirst = WordIndex.byFirst(List.copyOf(strategies.keySet()));
        List<String> placeLabels = new ArrayList<>(places.keySet());
        placeLabels.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        placeLabelsLongestFirst = List.copyOf(placeLabels);
        placeLabelsByFirst = WordIndex.byFirst(placeLabelsLongestFirst);
    }

    /** The lexicon bundled with the program, loaded once. */
    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = standard;
                if (l == null) {
                    l = new Lexicon();
                    standard = l;
                }
            }
        }
        return l;
    }

    private static Map<String, Entry> loadConcepts(String resource, String query) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> map = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.model(m).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String label = s.getLiteral("label").getString();
                boolean quoted = s.contains("quoted") && s.getLiteral("quoted").getBoolean();
                map.put(label, new Entry(label, s.getLiteral("pref").getString(), s.getResource("c").getURI(), quoted));
            }
        }
        // sorted by label: iteration order must not depend on the JVM (Map.copyOf's order is randomised per run)
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    private static InputStream open(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new BulletinKgException("resource missing from the program: " + resource);
        }
        return in;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public boolean isSingleSurname(char c) {
        return singleSurnameChars.get(c);
    }

    public boolean isCompoundSurname(String two) {
        return compoundSurnames.contains(two);
    }

    /** Post titles, longest first. */
    public List<String> postTitles() {
        return postTitles;
    }

    /** Post titles that may start at an offset of the text (those starting with its character), longest first. */
    String[] postTitlesAt(String text, int at) {
        return titlesByFirst.at(text, at);
    }

    /** Post titles that may end at offset e of the text (those ending with the character before it), longest first. */
    String[] postTitlesEndingWith(String text, int e) {
        return titlesByLast.at(text, e - 1);
    }

    public boolean isLeader(String name) {
        return leaders.contains(name);
    }

    public Set<String> leaders() {
        return leaders;
    }

    /** Party departments (组织部 ...), longest first. */
    public List<String> partyDepartments() {
        return partyDepartments;
    }

    /** Party departments that may stand at an offset of the text (those starting with its character), longest first. */
    String[] partyDepartmentsAt(String text, int at) {
        return partyDepartmentsByFirst.at(text, at);
    }

    /** Government departments (商务局 ...), longest first. */
    public List<String> governmentDepartments() {
        return governmentDepartments;
    }

    /** Government departments that may stand at an offset of the text, longest first. */
    String[] governmentDepartmentsAt(String text, int at) {
        return governmentDepartmentsByFirst.at(text, at);
    }

    /** Named organisations: every alias to its canonical name. */
    public Map<String, String> namedOrganizations() {
        return namedOrganizations;
    }

    /** Strategy labels and variants to their concepts. */
    public Map<String, Entry> strategies() {
        return strategies;
    }

    /** Strategy labels that start with a character. */
    String[] strategyLabelsStartingWith(char c) {
        return strategyLabelsByFirst.get(c);
    }

    /** Place labels and short forms to their places. */
    public Map<String, Entry> places() {
        return places;
    }

    /** Place labels, longest first, then in alphabetical order: the order places claim the text in. */
    List<String> placeLabelsLongestFirst() {
        return placeLabelsLongestFirst;
    }

    /** Place labels that start with a character, longest first. */
    String[] placeLabelsStartingWith(char c) {
        return placeLabelsByFirst.get(c);
    }
}

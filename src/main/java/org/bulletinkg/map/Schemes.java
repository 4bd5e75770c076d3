package org.bulletinkg.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.vocab.BKG;

/**
 * The concept schemes the mapper resolves words against, read once from the ontology on the classpath (one source
 * of truth: adding a concept to ontology/schemes.ttl is all it takes): document types by the word a title ends
 * with, agenda actions by their verb, and the districts and cities a document title can name.
 */
public final class Schemes {
    /** A label and the concept or place it names. */
    record Label(String text, String iri) {
    }

    private static volatile Schemes standard;

    /** Document-type labels, longest first, so that 实施方案 wins over 方案. */
    private final List<Label> documentTypes;
    private final Map<String, String> actions;
    /** District names; a title that names a district belongs to it even when it names the city too (北京市西城区). */
    private final List<Label> districts = new ArrayList<>();
    private final List<Label> cities = new ArrayList<>();

    private Schemes(Model schemes, Model places) {
        documentTypes = new ArrayList<>(labels(schemes, BKG.DocumentType.getURI()));
        documentTypes.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
        Map<String, String> a = new LinkedHashMap<>();
        for (Label l : labels(schemes, BKG.AgendaAction.getURI())) {
            a.put(l.text(), l.iri());
        }
        actions = Map.copyOf(a);
        try (QueryExecution qe = QueryExecution.model(places).query("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
                SELECT ?p ?label ?type WHERE {
                  ?p bkg:placeType ?type ; skos:prefLabel ?label .
                  FILTER(?type IN ("district", "municipality") && lang(?label) = "zh")
                } ORDER BY ?type ?label""").build()) {
            qe.execSelect().forEachRemaining(s -> (s.getLiteral("type").getString().equals("district") ? districts : cities)
                    .add(new Label(s.getLiteral("label").getString(), s.getResource("p").getURI())));
        }
    }

    /** The schemes bundled with the program, loaded once. */
    public static Schemes standard() {
        Schemes s = standard;
        if (s == null) {
            synchronized (Schemes.class) {
                s = standard;
                if (s == null) {
                    s = new Schemes(load("ontology/schemes.ttl"), load("ontology/places.ttl"));
                    standard = s;
                }
            }
        }
        return s;
    }

    /** The document-type concept whose label a title ends with (a trailing （试行） aside), or null. */
    public String documentType(String title) {
        String t = DocumentTitle.withoutTrailingBracket(title);
        for (Label l : documentTypes) {
            if (t.endsWith(l.text())) {
                return l.iri();
            }
        }
        return null;
    }

    /** The agenda-action concept an extractor's verb (审议通过, 研究 …) names, or null if the scheme lacks it. */
    public String action(String verb) {
        return verb == null ? null : actions.get(verb);
    }

    /** The first district (or, failing one, the first city) a title names, as a label and place IRI; null if none. */
    Label jurisdiction(String title) {
        Label district = first(districts, title);
        return district != null ? district : first(cities, title);
    }

    private static Label first(List<Label> names, String title) {
        Label best = null;
        int at = Integer.MAX_VALUE;
        for (Label l : names) {
            int i = title.indexOf(l.text());
            if (i >= 0 && i < at) {
                at = i;
                best = l;
            }
        }
        return best;
    }

    private static List<Label> labels(Model m, String type) {
        List<Label> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?c ?label WHERE {
                  ?c a <%s> .
                  { ?c skos:prefLabel ?label } UNION { ?c skos:altLabel ?label }
                  FILTER(lang(?label) = "zh")
                } ORDER BY ?c ?label""".formatted(type)).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(
                    new Label(s.getLiteral("label").getString(), s.getResource("c").getURI())));
        }
        return out;
    }

    private static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Schemes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new BulletinKgException("resource missing from the program: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}

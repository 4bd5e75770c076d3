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
import org.bulletinkg.extract.Gazetteer;
import org.bulletinkg.resolve.Iris;
import org.bulletinkg.vocab.BKG;

/**
 * The concept schemes the mapper resolves words against, read once from the ontology on the classpath (one source
 * of truth: adding a concept to ontology/schemes.ttl is all it takes): document types by the word a title ends
 * with, agenda actions by their verb, and (from the gazetteer) the division a document title names.
 */
public final class Schemes {
    /** A label and the concept or place it names. */
    record Label(String text, String iri) {
    }

    private static volatile Schemes standard;

    /** Document-type labels, longest first, so that 实施方案 wins over 方案. */
    private final List<Label> documentTypes;
    private final Map<String, String> actions;

    private Schemes(Model schemes) {
        documentTypes = new ArrayList<>(labels(schemes, BKG.DocumentType.getURI()));
        documentTypes.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
        Map<String, String> a = new LinkedHashMap<>();
        for (Label l : labels(schemes, BKG.AgendaAction.getURI())) {
            a.put(l.text(), l.iri());
        }
        actions = Map.copyOf(a);
    }

    /** The schemes bundled with the program, loaded once. */
    public static Schemes standard() {
        Schemes s = standard;
        if (s == null) {
            synchronized (Schemes.class) {
                s = standard;
                if (s == null) {
                    s = new Schemes(load("ontology/schemes.ttl"));
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

    /**
     * The first county-level division (or, failing one, the first prefecture or province) a title names by its
     * full name, as a label and place IRI; null if none. A name several divisions share counts only when one of
     * them lies in the bulletin's province.
     */
    Label jurisdiction(String title, Gazetteer.Division context) {
        Label county = null;
        Label higher = null;
        Gazetteer g = Gazetteer.standard();
        for (int i = 0; i < title.length() && county == null; i++) {
            for (int len = Math.min(12, title.length() - i); len >= 3; len--) {
                Gazetteer.Division d = unique(g, title.substring(i, i + len), context);
                if (d == null) {
                    continue;
                }
                Label l = new Label(d.name(), Iris.division(d.code()));
                if (d.level() == Gazetteer.Level.COUNTY) {
                    county = l;
                } else if (higher == null) {
                    higher = l;
                }
                i += len - 1;
                break;
            }
        }
        return county != null ? county : higher;
    }

    private static Gazetteer.Division unique(Gazetteer g, String name, Gazetteer.Division context) {
        List<Gazetteer.Division> all = g.named(name).stream().filter(d -> d.level() != Gazetteer.Level.TOWNSHIP).toList();
        if (all.size() == 1) {
            return all.get(0);
        }
        if (context != null) {
            Gazetteer.Division province = context;
            while (g.parentOf(province) != null) {
                province = g.parentOf(province);
            }
            Gazetteer.Division p = province;
            List<Gazetteer.Division> near = all.stream().filter(d -> g.within(d, p)).toList();
            return near.size() == 1 ? near.get(0) : null;
        }
        return null;
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

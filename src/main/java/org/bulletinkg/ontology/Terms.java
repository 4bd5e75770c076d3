package org.bulletinkg.ontology;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.bulletinkg.vocab.BKG;

/**
 * How the page names and links a term: a prefixed name, linked to its card on the page when the page documents
 * it (bkg:Meeting → #Meeting), else to the term's own IRI.
 */
final class Terms {
    private final PrefixMapping prefixes;
    /** IRIs documented on the page, with their anchors. */
    private final Map<String, String> anchors;

    Terms(PrefixMapping prefixes, Map<String, String> anchors) {
        this.prefixes = prefixes;
        this.anchors = anchors;
    }

    /** The anchor for a term: the local name for the ontology's own terms, prefix-local for the rest. */
    static String anchorOf(String iri, PrefixMapping prefixes) {
        if (iri.startsWith(BKG.NS)) {
            return iri.substring(BKG.NS.length());
        }
        String q = prefixes.qnameFor(iri);
        return (q != null ? q.replace(':', '-') : iri.replaceAll("[^A-Za-z0-9]+", "-")).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    String name(String iri) {
        String q = prefixes.qnameFor(iri);
        return q != null ? q : iri;
    }

    String link(RDFNode n) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return Html.esc(l.getLexicalForm());
        }
        if (n.isAnon()) {
            return "(anonymous)";
        }
        String iri = n.asResource().getURI();
        String anchor = anchors.get(iri);
        String href = anchor != null ? "#" + anchor : iri;
        return "<a href=\"" + Html.esc(href) + "\"><code>" + Html.esc(name(iri)) + "</code></a>";
    }

    String links(List<? extends RDFNode> nodes) {
        if (nodes.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (RDFNode n : nodes) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(link(n));
        }
        return s.toString();
    }

    /** The objects of a property, sorted so that the page is the same on every build. */
    static List<RDFNode> objects(Resource r, Property p) {
        return r.listProperties(p).mapWith(Statement::getObject).toList().stream()
                .sorted(Comparator.comparing(RDFNode::toString)).toList();
    }

    /** Subjects with a property pointing at a resource, sorted. */
    static List<Resource> subjects(Model m, Property p, Resource o) {
        return m.listSubjectsWithProperty(p, o).toList().stream()
                .sorted(Comparator.comparing(Resource::toString)).toList();
    }

    /** The literal of a language (rdfs:label, skos:prefLabel …), or "". */
    static String text(Resource r, Property p, String lang) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(lang)) {
                return s.getString();
            }
        }
        return "";
    }

    /** Literals of a property in a language, sorted. */
    static List<String> texts(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream()
                .filter(s -> s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(lang))
                .map(Statement::getString).sorted().toList();
    }

    /** Prefixes of every model given, merged (later ones do not override earlier ones). */
    static PrefixMapping prefixesOf(Set<Model> models) {
        Map<String, String> merged = new TreeMap<>();
        for (Model m : models) {
            m.getNsPrefixMap().forEach(merged::putIfAbsent);
        }
        return PrefixMapping.Factory.create().setNsPrefixes(merged).lock();
    }
}

package org.bulletinkg.web;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.bulletinkg.ontology.OntologyFiles;

/** The names of the ontology's terms (properties and classes, ours and reused), zh and en, read from its files. */
final class Vocabulary {
    private static final Vocabulary INSTANCE = new Vocabulary(OntologyFiles.load(OntologyFiles.ONTOLOGY));
    private final Map<String, Link> terms = new HashMap<>();

    private Vocabulary(Model ontology) {
        Map<String, String[]> names = new HashMap<>();
        for (Statement s : ontology.listStatements(null, RDFS.label, (RDFNode) null).toList()) {
            if (!s.getSubject().isURIResource() || !s.getObject().isLiteral())
                continue;
            Literal l = s.getLiteral();
            String[] zhEn = names.computeIfAbsent(s.getSubject().getURI(), k -> new String[2]);
            if (l.getLanguage().startsWith("zh"))
                zhEn[0] = l.getLexicalForm();
            else if (l.getLanguage().startsWith("en"))
                zhEn[1] = l.getLexicalForm();
        }
        names.forEach((iri, zhEn) -> terms.put(iri, Link.to(iri, zhEn[0], zhEn[1])));
    }

    static Vocabulary get() {
        return INSTANCE;
    }

    /** The term with its zh and en labels; a term the ontology lacks is named by its IRI's last segment. */
    Link term(String iri) {
        Link l = terms.get(iri);
        return l != null ? l : Link.to(iri, "", Link.lastSegment(iri));
    }
}

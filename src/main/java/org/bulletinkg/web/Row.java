package org.bulletinkg.web;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** One result row of a page query: its terms by variable name, read as the pages need them. */
record Row(Map<String, Node> terms) {
    Row {
        terms = Map.copyOf(terms);
    }

    static Row of(QuerySolution s) {
        Map<String, Node> m = new HashMap<>();
        for (Iterator<String> it = s.varNames(); it.hasNext(); ) {
            String v = it.next();
            RDFNode n = s.get(v);
            if (n != null)
                m.put(v, n.asNode());
        }
        return new Row(m);
    }

    Node node(String var) {
        return terms.get(var);
    }

    boolean has(String var) {
        return terms.containsKey(var);
    }

    /** The IRI of a variable, or null. */
    String iri(String var) {
        Node n = terms.get(var);
        return n != null && n.isURI() ? n.getURI() : null;
    }

    /** The lexical form of a literal, the IRI of a resource, or null. */
    String str(String var) {
        Node n = terms.get(var);
        if (n == null)
            return null;
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        if (n.isURI())
            return n.getURI();
        return n.toString();
    }

    String lang(String var) {
        Node n = terms.get(var);
        return n != null && n.isLiteral() ? n.getLiteralLanguage() : "";
    }

    /** An integer literal's value, or {@code fallback}. */
    long integer(String var, long fallback) {
        String s = str(var);
        if (s == null)
            return fallback;
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(s.strip());
            } catch (NumberFormatException e2) {
                return fallback;
            }
        }
    }
}

package org.bulletinkg.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.bulletinkg.resolve.Iris;

/** The triples of the aggregate tables, as they are computed; each table adds its rows here. */
final class Rows {
    private final List<Triple> triples = new ArrayList<>();
    private int rows;

    /** A new row of table {@code kind} (its IRI derived from {@code key}), typed {@code type}. */
    Node row(String kind, String key, Resource type) {
        Node row = NodeFactory.createURI(Iris.aggregate(kind, key));
        add(row, RDF.type.asNode(), type.asNode());
        rows++;
        return row;
    }

    void add(Node s, Property p, Node o) {
        add(s, p.asNode(), o);
    }

    void add(Node s, Node p, Node o) {
        triples.add(Triple.create(s, p, o));
    }

    void count(Node s, Property p, long n) {
        add(s, p.asNode(), integer(n));
    }

    void text(Node s, Property p, String text) {
        add(s, p.asNode(), NodeFactory.createLiteralString(text));
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    List<Triple> triples() {
        return triples;
    }

    int rows() {
        return rows;
    }
}

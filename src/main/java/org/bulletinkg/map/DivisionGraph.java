package org.bulletinkg.map;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.extract.Gazetteer;
import org.bulletinkg.extract.Gazetteer.Division;
import org.bulletinkg.resolve.Iris;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/**
 * The national gazetteer as a graph, served with every database like the ontology: each division a
 * bkg:Place with its zh name (rdfs:label), short form (skos:altLabel; or the ambiguous one left out), level
 * (bkg:placeType, above townships; a township is known by its nine-digit code), official code, parent
 * (schema:containedInPlace; provinces in China), Wikidata link (owl:sameAs) and centre, and abolished units
 * marked. The graph carries its version (a hash of the gazetteer resource), so a build loads it only into a
 * database that lacks it or holds another version.
 */
public final class DivisionGraph {
    /** The named graph that holds the divisions. */
    public static final Node GRAPH = NodeFactory.createURI(org.bulletinkg.store.Tdb2Store.GAZETTEER_GRAPH);
    private static final Node CHINA = NodeFactory.createURI("https://w3id.org/bulletin-kg/id/place/china");
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private DivisionGraph() {
    }

    private static volatile String version;

    /** The version of the bundled gazetteer: the first 16 hex digits of its SHA-256 (read once per process). */
    public static String version() {
        String v = version;
        if (v == null) {
            v = hash();
            version = v;
        }
        return v;
    }

    private static String hash() {
        try (InputStream in = DivisionGraph.class.getClassLoader().getResourceAsStream("gazetteer/divisions.tsv")) {
            if (in == null) {
                throw new BulletinKgException("gazetteer/divisions.tsv is missing from the program");
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(in.readAllBytes());
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new BulletinKgException("cannot read the gazetteer: " + e.getMessage(), e);
        }
    }

    /** The quads of the gazetteer graph, its version first. */
    public static List<Quad> quads(Gazetteer gazetteer) {
        List<Quad> out = new ArrayList<>(gazetteer.all().size() * 9);
        out.add(new Quad(GRAPH, GRAPH, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version())));
        for (Division d : gazetteer.all()) {
            Node p = NodeFactory.createURI(Iris.division(d.code()));
            add(out, p, RDF.type.asNode(), BKG.Place.asNode());
            add(out, p, RDFS.label.asNode(), zh(d.name()));
            if (d.shortName() != null) {
                add(out, p, SKOS.altLabel.asNode(), zh(d.shortName()));
            }
            if (d.ambiguous() != null) {
                add(out, p, BKG.ambiguousShortForm.asNode(), zh(d.ambiguous()));
            }
            if (d.level() != Gazetteer.Level.TOWNSHIP) {
                // (a township's level is its nine-digit code; 38,000 literals fewer to load)
                add(out, p, BKG.placeType.asNode(), NodeFactory.createLiteralString(d.level().code()));
            }
            add(out, p, BKG.divisionCode.asNode(), NodeFactory.createLiteralString(d.code()));
            add(out, p, Vocab.schemaContainedInPlace,
                    d.parent() == null ? CHINA : NodeFactory.createURI(Iris.division(d.parent())));
            if (d.wikidata() != null) {
                add(out, p, OWL.sameAs.asNode(), NodeFactory.createURI(WIKIDATA + d.wikidata()));
            }
            if (d.lat() != null && d.lon() != null) {
                add(out, p, Vocab.schemaLatitude, NodeFactory.createLiteralDT(d.lat().toString(), XSDDatatype.XSDdecimal));
                add(out, p, Vocab.schemaLongitude, NodeFactory.createLiteralDT(d.lon().toString(), XSDDatatype.XSDdecimal));
            }
            if (d.abolished()) {
                add(out, p, BKG.abolished.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }
        return out;
    }

    private static void add(List<Quad> out, Node s, Node p, Node o) {
        out.add(new Quad(GRAPH, s, p, o));
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }
}

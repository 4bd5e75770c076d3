package org.bulletinkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.bulletinkg.BulletinKgException;

/**
 * The ontology's Turtle files as the program carries them (the build copies ontology/ onto the classpath): the
 * OWL ontology, its concept schemes, the places and the SHACL shapes.
 */
public final class OntologyFiles {
    /** The OWL ontology, the source of truth for the vocabulary. */
    public static final String ONTOLOGY = "bulletin-kg.ttl";
    /** Meeting kinds, document types and agenda actions. */
    public static final String SCHEMES = "schemes.ttl";
    public static final String STRATEGIES = "strategies.ttl";
    public static final String PLACES = "places.ttl";
    public static final String SHAPES = "shapes.ttl";
    /** Every file, in the order the documentation presents them. */
    public static final List<String> ALL = List.of(ONTOLOGY, SCHEMES, STRATEGIES, PLACES, SHAPES);

    private OntologyFiles() {
    }

    /** Parses one of the files; a file that is missing or does not parse is a defect of the program. */
    public static Model load(String file) {
        String resource = "ontology/" + file;
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new BulletinKgException("resource missing from the program: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/bulletin-kg/").parse(m);
        } catch (IOException | RiotException e) {
            throw new BulletinKgException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
        return m;
    }

    /** The file exactly as written (comments included). */
    public static byte[] bytes(String file) {
        String resource = "ontology/" + file;
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new BulletinKgException("resource missing from the program: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BulletinKgException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The ontology with its concept schemes and places: the vocabulary a graph is built with. */
    public static Model vocabulary() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : List.of(ONTOLOGY, SCHEMES, STRATEGIES, PLACES)) {
            m.add(load(f));
        }
        return m;
    }

    /** The base name without .ttl (bulletin-kg for bulletin-kg.ttl). */
    static String baseName(String file) {
        return file.substring(0, file.length() - ".ttl".length());
    }
}

package org.bulletinkg.ontology;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.bulletinkg.BulletinKgException;

/**
 * Writes the ontology's exports from the Turtle sources: each file as RDF/XML (bulletin-kg.owl for the OWL
 * ontology, NAME.rdf for the others), JSON-LD and N-Triples, the Turtle itself, and index.html, the
 * documentation page. Nothing here is written by hand, so the exports cannot drift from the source.
 */
public final class OntologyExport {
    /** An export format: its file extension and Jena's writer. */
    public enum Format {
        RDF_XML(RDFFormat.RDFXML_PRETTY), JSON_LD(RDFFormat.JSONLD11_PRETTY), N_TRIPLES(RDFFormat.NTRIPLES_UTF8);

        private final RDFFormat format;

        Format(RDFFormat format) {
            this.format = format;
        }

        /** The exported file's name for a Turtle source. */
        public String fileName(String source) {
            String base = OntologyFiles.baseName(source);
            return switch (this) {
                case RDF_XML -> base + (source.equals(OntologyFiles.ONTOLOGY) ? ".owl" : ".rdf");
                case JSON_LD -> base + ".jsonld";
                case N_TRIPLES -> base + ".nt";
            };
        }
    }

    /** The documentation page's file name. */
    public static final String PAGE = "index.html";

    private OntologyExport() {
    }

    /** Writes every export into a folder (created if needed); returns the files written. */
    public static List<Path> writeAll(Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String source : OntologyFiles.ALL) {
                Model m = OntologyFiles.load(source);
                // The Turtle is copied as it stands: its comments (the mapping to reused vocabularies) are part of it.
                Path ttl = dir.resolve(source);
                Files.write(ttl, OntologyFiles.bytes(source));
                written.add(ttl);
                for (Format f : Format.values()) {
                    Path p = dir.resolve(f.fileName(source));
                    try (OutputStream out = Files.newOutputStream(p)) {
                        RDFDataMgr.write(out, m, f.format);
                    }
                    written.add(p);
                }
            }
            Path page = dir.resolve(PAGE);
            Files.writeString(page, OntologyPage.render(), StandardCharsets.UTF_8);
            written.add(page);
        } catch (IOException e) {
            throw new BulletinKgException(dir + ": cannot write the ontology exports (" + e.getMessage() + ")", e);
        }
        return written;
    }

    /** The build's entry point (exec-maven-plugin, process-classes): writes the exports into the folder given. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OntologyExport OUTPUT_DIR");
        }
        // Silent, as a quiet build should be: the files are the output.
        writeAll(Path.of(args[0]));
    }
}

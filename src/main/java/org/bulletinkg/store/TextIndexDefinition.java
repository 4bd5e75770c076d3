package org.bulletinkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.bulletinkg.StoreException;

/**
 * The server configuration bundled with the program (fuseki/config.ttl), and the full-text index it
 * defines. Reading the index from that file, rather than building one in code, keeps what a build indexes
 * and what the server searches the same.
 */
public final class TextIndexDefinition {
    /** Where fuseki/config.ttl sits on the classpath. */
    public static final String CONFIG_RESOURCE = "fuseki/config.ttl";
    /** The base IRI for the file's relative IRIs (its {@code <#...>} resources). */
    private static final String CONFIG_BASE = "https://w3id.org/bulletin-kg/fuseki/config.ttl";

    private TextIndexDefinition() {
    }

    /** A fresh copy of the bundled configuration, free for the caller to change. */
    public static Model configuration() {
        try (InputStream in = TextIndexDefinition.class.getClassLoader().getResourceAsStream(CONFIG_RESOURCE)) {
            if (in == null) {
                throw new StoreException("the server configuration " + CONFIG_RESOURCE + " is missing from the program");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(CONFIG_BASE).parse(model);
            return model;
        } catch (IOException e) {
            throw new StoreException("cannot read the server configuration " + CONFIG_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The one text:TextIndexLucene of a configuration. */
    public static Resource indexOf(Model config) {
        List<Resource> indexes = config.listSubjectsWithProperty(RDF.type, TextVocab.textIndexLucene).toList();
        if (indexes.size() != 1) {
            throw new StoreException(CONFIG_RESOURCE + ": expected one text:TextIndexLucene, found " + indexes.size());
        }
        return indexes.get(0);
    }

    /** Points a configuration's text index at a folder. */
    public static void setIndexFolder(Model config, Path folder) {
        Resource index = indexOf(config);
        index.removeAll(TextVocab.pDirectory);
        index.addProperty(TextVocab.pDirectory, folder.toAbsolutePath().toString());
    }

    /** Opens (creating if needed) the text index in a folder; the caller closes it. */
    static TextIndex open(Path folder) {
        TextQuery.init();
        Model config = configuration();
        setIndexFolder(config, folder);
        try {
            return (TextIndex) Assembler.general().open(indexOf(config));
        } catch (RuntimeException e) {
            throw new StoreException(folder + ": cannot open the full-text index (" + rootMessage(e)
                    + "); is a server running on this database?", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}

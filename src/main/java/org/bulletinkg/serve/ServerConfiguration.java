package org.bulletinkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.assembler.JA;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.util.MappingRegistry;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.bulletinkg.BulletinKgException;
import org.bulletinkg.store.TextIndex;
import org.bulletinkg.store.TextIndexDefinition;

/**
 * fuseki/config.ttl, as bundled with the program, made ready for one database: the TDB2 location, the
 * folder of its full-text index and the query timeout are put in place of the file's own. Everything else
 * (endpoints, access, what is indexed) is served as the file says.
 */
final class ServerConfiguration {
    private ServerConfiguration() {}

    static Model forDatabase(Path database, Duration queryTimeout) {
        Model config = TextIndexDefinition.configuration();
        Resource tdb = single(config.listStatements(null, VocabTDB2.pLocation, (RDFNode) null).toList(), "tdb2:location")
                .getSubject();
        tdb.removeAll(VocabTDB2.pLocation);
        tdb.addProperty(VocabTDB2.pLocation, database.toAbsolutePath().toString());
        TextIndexDefinition.setIndexFolder(config, TextIndex.folderOf(database));
        setQueryTimeout(config, queryTimeout);
        return config;
    }

    /** Sets the server-wide arq:queryTimeout entry, adding it if the file has none. */
    private static void setQueryTimeout(Model config, Duration timeout) {
        String millis = Long.toString(timeout.toMillis());
        for (Statement name : config.listStatements(null, JA.cxtName, (RDFNode) null).toList()) {
            String symbol = MappingRegistry.mapPrefixName(name.getString());
            if (ARQ.queryTimeout.getSymbol().equals(symbol)) {
                name.getSubject().removeAll(JA.cxtValue);
                name.getSubject().addProperty(JA.cxtValue, millis);
                return;
            }
        }
        Resource server = single(config.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, FusekiVocab.tServer)
                .toList(), "fuseki:Server");
        server.addProperty(JA.context, config.createResource()
                .addProperty(JA.cxtName, ARQ.queryTimeout.getSymbol())
                .addProperty(JA.cxtValue, millis));
    }

    private static <T> T single(List<T> found, String what) {
        if (found.size() != 1)
            throw new BulletinKgException(TextIndexDefinition.CONFIG_RESOURCE + ": expected one " + what + ", found " + found.size());
        return found.get(0);
    }
}

package org.bulletinkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.bulletinkg.StoreException;
import org.bulletinkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the database out as RDF.",
                "trig, nq and jsonld keep one named graph per bulletin; ttl writes the union of all graphs."})
final class ExportCommand implements Callable<Integer> {
    enum Format { ttl, trig, nq, jsonld }

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--format", required = true, description = "ttl, trig, nq or jsonld.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Tdb2Store store = Tdb2Store.openExisting(db.db)) {
            if (out != null) {
                if (out.getParent() != null) {
                    Files.createDirectories(out.getParent());
                }
                try (OutputStream os = Files.newOutputStream(out)) {
                    write(store, os);
                } catch (IOException e) {
                    throw new StoreException(out + ": cannot write (" + e.getMessage() + ")", e);
                }
                spec.commandLine().getOut().println("wrote " + out);
            } else {
                write(store, System.out);
                System.out.flush();
            }
        }
        return 0;
    }

    private void write(Tdb2Store store, OutputStream os) {
        var dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case ttl -> RDFDataMgr.write(os, dsg.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
                case trig -> RDFDataMgr.write(os, dsg, RDFFormat.TRIG_BLOCKS);
                case nq -> RDFDataMgr.write(os, dsg, Lang.NQUADS);
                case jsonld -> RDFDataMgr.write(os, dsg, RDFFormat.JSONLD11);
            }
        });
    }
}

package org.bulletinkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
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
final class ExportCommand implements Callable<Integer>, DatabaseCommand {
    enum Format { ttl, trig, nq, jsonld }

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public java.nio.file.Path database() {
        return db.db;
    }

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
                    write(store, w -> w.output(os));
                } catch (IOException e) {
                    throw new StoreException(out + ": cannot write (" + e.getMessage() + ")", e);
                }
                spec.commandLine().getOut().println("wrote " + out);
            } else {
                // the command's own writer: the terminal, or the process that sent the command to a server
                java.io.PrintWriter terminal = spec.commandLine().getOut();
                write(store, w -> w.output(terminal));
                terminal.flush();
            }
        }
        return 0;
    }

    private void write(Tdb2Store store, java.util.function.Consumer<org.apache.jena.riot.RDFWriter> to) {
        var dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> to.accept(switch (format) {
            case ttl -> org.apache.jena.riot.RDFWriter.source(dsg.getUnionGraph()).format(RDFFormat.TURTLE_BLOCKS).build();
            case trig -> org.apache.jena.riot.RDFWriter.source(dsg).format(RDFFormat.TRIG_BLOCKS).build();
            case nq -> org.apache.jena.riot.RDFWriter.source(dsg).lang(Lang.NQUADS).build();
            case jsonld -> org.apache.jena.riot.RDFWriter.source(dsg).format(RDFFormat.JSONLD11).build();
        }));
    }
}

package org.bulletinkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.bulletinkg.StoreException;
import org.bulletinkg.ontology.ShapeValidation;
import org.bulletinkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the database against the SHACL shapes of ontology/shapes.ttl and prints the report.",
                "The data checked is the union of all graphs: the bulletins with the ontology and its concept schemes.",
                "Exit code 1 when the data does not conform."})
final class ValidateCommand implements Callable<Integer>, DatabaseCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public java.nio.file.Path database() {
        return db.db;
    }

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Print at most N results (default: ${DEFAULT-VALUE}); the summary counts them all.")
    int limit;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the full SHACL report as Turtle.")
    Path report;

    @Override
    public Integer call() {
        ShapeValidation shapes = ShapeValidation.standard();
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2Store store = Tdb2Store.openExisting(db.db)) {
            var dsg = store.datasetGraph();
            ValidationReport result = Txn.calculateRead(dsg, () -> shapes.validate(dsg.getUnionGraph()));
            shapes.describe(result, out, limit);
            out.flush();
            if (report != null) {
                write(result);
            }
            return result.conforms() ? 0 : 1;
        }
    }

    private void write(ValidationReport result) {
        try {
            if (report.getParent() != null) {
                Files.createDirectories(report.getParent());
            }
            try (OutputStream os = Files.newOutputStream(report)) {
                RDFDataMgr.write(os, result.getModel(), RDFFormat.TURTLE_PRETTY);
            }
        } catch (IOException e) {
            throw new StoreException(report + ": cannot write (" + e.getMessage() + ")", e);
        }
        spec.commandLine().getOut().println("wrote " + report);
    }
}

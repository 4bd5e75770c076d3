package org.bulletinkg.cli;

import org.bulletinkg.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bulletinkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds (or updates) the graph from bulletin files.",
                "INPUT is a file or a folder (searched recursively for .txt, .html and .htm); a folder's manifest.json,"
                        + " if any, gives the files' jurisdiction and publication date.",
                "A bulletin already in the database is replaced, never duplicated."})
final class BuildCommand implements Callable<Integer>, DatabaseCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public java.nio.file.Path database() {
        return db.db;
    }

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Bulletin files or folders.")
    List<Path> inputs = List.of();

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "A manifest.json listing bulletins (paths relative to its folder) with their metadata.")
    Path manifest;

    @Option(names = "--strict", description = "Stop at the first bad bulletin instead of skipping it.")
    boolean strict;

    @Option(names = "--readers", split = ",", paramLabel = "NAME",
            description = "The extraction readers, in order (default: ${DEFAULT-VALUE}); each must find what it requires"
                    + " provided by one before it.")
    List<String> readers = org.bulletinkg.extract.Readers.STANDARD;

    @Override
    public Integer call() {
        if (inputs.isEmpty() && manifest == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give an INPUT or --manifest");
        }
        try (Tdb2Store store = Tdb2Store.open(db.db)) {
            Pipeline.Report r = Pipeline.build(inputs, manifest, store, strict, spec.commandLine().getOut(),
                    spec.commandLine().getErr(), Pipeline.Options.defaults().withReaders(readers));
            spec.commandLine().getOut().printf("built %d bulletins into %s: %d quads in %.1f s; %d failed%s%s%n",
                    r.bulletins(), db.db, r.quads(), r.millis() / 1000.0, r.failed(),
                    r.internalErrors() > 0 ? "; " + r.internalErrors() + " internal errors (logged; a defect of bulletin-kg)" : "",
                    r.noJurisdiction() > 0 ? "; " + r.noJurisdiction() + " without a jurisdiction (give one in the manifest)" : "");
            return r.failed() > 0 || r.internalErrors() > 0 ? 1 : 0;
        }
    }
}

package org.bulletinkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletinkg.facts.FactsReader;
import org.bulletinkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Writes NAME.facts.json for every bulletin, read back out of the graph with SPARQL"
                + " (the format of the evaluation's gold files).")
final class FactsCommand implements Callable<Integer>, DatabaseCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public java.nio.file.Path database() {
        return db.db;
    }

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the facts files.")
    Path out;

    @Override
    public Integer call() {
        try (Tdb2Store store = Tdb2Store.openExisting(db.db)) {
            int n = new FactsReader(store.datasetGraph()).writeAll(store.bulletinGraphs(), out);
            spec.commandLine().getOut().printf("wrote %d facts files to %s%n", n, out);
        }
        return 0;
    }
}

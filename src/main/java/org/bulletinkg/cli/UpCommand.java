package org.bulletinkg.cli;

import org.bulletinkg.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bulletinkg.BadInputException;
import org.bulletinkg.serve.KgServer;
import org.bulletinkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Builds the bundled sample bulletins (./samples) into ./data and serves them.")
final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--samples", defaultValue = "samples", paramLabel = "DIR", hidden = true)
    Path samples;

    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", hidden = true)
    Path db;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Build new or changed bulletin files and manifests that arrive in DIR (once unchanged for 2 s).")
    Path watch;

    @Override
    public Integer call() throws Exception {
        if (watch != null && !Files.isDirectory(watch)) {
            throw new BadInputException(watch, "not a folder: --watch needs the folder new bulletins arrive in");
        }
        if (!Files.isDirectory(samples)) {
            throw new BadInputException(samples, "the samples folder is missing: run `up` from the project's folder");
        }
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Pipeline.Report r = Pipeline.build(List.of(samples), null, store, false, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            spec.commandLine().getOut().printf("built %d sample bulletins into %s (%d quads)%n", r.bulletins(), db, r.quads());
        }
        ServedCommands commands = new ServedCommands();
        KgServer server = ServeCommand.start(spec, KgServer.builder().commands(commands).database(db).port(port), null, null);
        ExampleQuery.printWelcome(spec.commandLine().getOut(), server);
        ServeCommand.watch(watch, db, commands);
        Thread.currentThread().join(); // until Ctrl-C: the shutdown hook stops the server
        return 0;
    }
}

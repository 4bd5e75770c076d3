package org.bulletinkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletinkg.BadInputException;
import org.bulletinkg.serve.KgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the database with Apache Jena Fuseki: SPARQL at /kg/sparql, the Fuseki UI at /,",
                "pages to browse the graph at /explore/ and every IRI of the graph at /id/... (HTML or RDF).",
                "Read-only unless --user and --password-file are given (then SPARQL Update at /kg/update, with HTTP Basic auth)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--host", defaultValue = KgServer.DEFAULT_HOST, description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--user", description = "User allowed to update, with --password-file.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File holding that user's password.")
    Path passwordFile;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Cancel a query after this many seconds (default: ${DEFAULT-VALUE}).")
    long queryTimeoutSeconds;

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "100000",
            description = "Return at most N results per query (default: ${DEFAULT-VALUE}).")
    long resultLimit;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Build new or changed bulletin files and manifests that arrive in DIR (once unchanged for 2 s).")
    Path watch;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (queryTimeoutSeconds < 1 || resultLimit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--query-timeout and --result-limit must be at least 1");
        }
        if (watch != null && !Files.isDirectory(watch)) {
            throw new BadInputException(watch, "not a folder: --watch needs the folder new bulletins arrive in");
        }
        ServedCommands commands = new ServedCommands();
        KgServer server = start(spec, KgServer.builder().commands(commands).database(db.db).host(host).port(port)
                .queryTimeout(java.time.Duration.ofSeconds(queryTimeoutSeconds)).resultLimit(resultLimit),
                user, passwordFile);
        ExampleQuery.printWelcome(spec.commandLine().getOut(), server);
        watch(watch, db.db, commands);
        Thread.currentThread().join(); // until Ctrl-C: the shutdown hook stops the server
        return 0;
    }

    /** Starts watching a folder for new bulletins, if one is given; the watch ends with the process. */
    static void watch(Path folder, Path db, ServedCommands commands) {
        if (folder != null) {
            org.bulletinkg.pipeline.FolderWatch.start(folder, java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(2),
                    commands.watchBuild(db));
        }
    }

    static KgServer start(CommandSpec spec, KgServer.Builder b, String user, Path passwordFile) throws IOException {
        if (user != null || passwordFile != null) {
            if (user == null || passwordFile == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--user and --password-file go together");
            }
            if (!Files.isRegularFile(passwordFile)) {
                throw new BadInputException(passwordFile, "no such password file");
            }
            b.credentials(user, Files.readString(passwordFile, StandardCharsets.UTF_8).strip());
        }
        KgServer server = b.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "bulletin-kg-shutdown"));
        return server;
    }

}

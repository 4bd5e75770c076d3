package org.bulletinkg.cli;

import java.io.PrintWriter;
import org.bulletinkg.BulletinKgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The bulletin-kg command line. Exit codes: 0 success, 1 bad input or data, 2 usage. */
@Command(name = "bulletin-kg", mixinStandardHelpOptions = true, version = "bulletin-kg 0.1.0",
        description = "Turns Chinese government meeting bulletins into an RDF knowledge graph and serves it for SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, UpCommand.class, QueryCommand.class,
                ExportCommand.class, FactsCommand.class, EvalCommand.class, RulesCommand.class, ValidateCommand.class, OntologyCommand.class,
                SynthCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * A command line ready to run, with the project's error handling; tests use it to capture output. A command on
     * a database that a running server holds is sent to that server.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, true);
    }

    /** A command line; with {@code viaServer} false, every command runs in this process (the server's own). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean viaServer) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BulletinKgException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                commandLine.getErr().flush();
                return 1;
            }
            throw ex;
        });
        if (viaServer) {
            cl.setExecutionStrategy(Main::runHereOrInTheServer);
        }
        return cl;
    }

    /** Runs a {@link DatabaseCommand} in the server that holds its database, if one does; anything else here. */
    private static int runHereOrInTheServer(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        if (!last.isUsageHelpRequested() && !last.isVersionHelpRequested()
                && last.commandSpec().userObject() instanceof DatabaseCommand command) {
            CommandLine cl = last.commandSpec().commandLine();
            try {
                java.util.Optional<Integer> code = org.bulletinkg.serve.ServerClient.runIfServed(command.database(),
                        parsed.originalArgs(), cl.getOut(), cl.getErr());
                if (code.isPresent()) {
                    return code.get();
                }
            } catch (BulletinKgException e) {
                throw new CommandLine.ExecutionException(cl, e.getMessage(), e);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

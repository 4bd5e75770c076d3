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
                SynthCommand.class, BenchCommand.class, CrawlCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** A command line ready to run, with the project's error handling; tests use it to capture output. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
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
        return cl;
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

package org.bulletinkg.cli;

import org.bulletinkg.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bulletinkg.BadInputException;
import org.bulletinkg.eval.ScoreReport;
import org.bulletinkg.eval.Scorer;
import org.bulletinkg.facts.FactsReader;
import org.bulletinkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against a gold set: builds the manifest's bulletins into a temporary database,"
                + " reads their facts back out of the graph and scores them as shared/eval/score.py does.",
                "Prints P, R and F1 per field and the macro-F1 last."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--manifest", required = true, paramLabel = "FILE", description = "The gold set's manifest.json.")
    Path manifest;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of NAME.gold.json files.")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR", description = "Keep the facts files here (default: a temporary folder).")
    Path out;

    @Option(names = "--meetings-only", description = "Score the meeting fields alone.")
    boolean meetingsOnly;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new BadInputException(gold, "no such gold folder");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Path tmp = Files.createTempDirectory("bulletin-kg-eval");
        try {
            Path facts = out != null ? out : tmp.resolve("facts");
            try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
                Pipeline.Report r = Pipeline.build(List.of(), manifest, store, false, new PrintWriter(PrintWriter.nullWriter()),
                        spec.commandLine().getErr());
                new FactsReader(store.datasetGraph()).writeAll(store.bulletinGraphs(), facts);
                stdout.printf("built %d bulletins (%d failed); facts in %s%n", r.bulletins(), r.failed(),
                        out != null ? out : "a temporary folder");
            }
            ScoreReport report = Scorer.score(gold, facts, meetingsOnly);
            stdout.print(report.format());
            stdout.flush();
            return 0;
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

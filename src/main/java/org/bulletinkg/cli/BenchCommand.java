package org.bulletinkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletinkg.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, on one corpus and thread count: (a) HanLP alone, (b) the whole extraction, (c) the whole"
                + " build into a fresh database, (d) an incremental build of 1%% more bulletins (and the same into an empty"
                + " database), (e) the query library on the large graph, (f) Jena's parallel bulk loader on the quads (c)"
                + " stored, (g) the browsing pages. With --db, an existing database: (h) one refresh of the aggregate"
                + " tables, then (e) and (g).",
                "Generates the corpus (bulletin-kg synth) unless --corpus is given. The last line is"
                        + " `ratios: extract/hanlp=X build/hanlp=Y store/jena-loader=Z`."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "2000",
            description = "Bulletins to generate (default: ${DEFAULT-VALUE}); 1%% more are generated for the incremental step.")
    int count;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Extraction threads (default: one per core).")
    int threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Use this corpus instead of generating one; its last 1%% of files make the incremental step.")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the corpus, databases and temporary files (default: a temporary folder).")
    Path work;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "The query library for stage (e) (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--keep", description = "Keep the corpus and databases afterwards.")
    boolean keep;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Measure an existing database instead of building one: the aggregate tables' refresh (h),"
                    + " the query library (e) and the pages (g) only.")
    Path db;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1");
        }
        Benchmark bench = new Benchmark(new Benchmark.Settings(count, threads, seed, corpus, work, queries, keep),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        if (db != null) {
            bench.runOn(db);
        } else {
            bench.run();
        }
        return 0;
    }
}

package org.bulletinkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletinkg.synth.Synth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic corpus of district bulletins with a manifest.json, for benchmarks and tests.",
                "Every meeting kind, Beijing's sixteen districts, session numbers rising with the dates, officials who"
                        + " recur and change posts, documents, slogans and places; the three input forms (some pages in"
                        + " GBK). The people are invented. The same seed writes the same bytes."})
final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "Number of bulletins.")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (one sub-folder per district).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (count < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1");
        }
        Synth.Summary s = Synth.write(out, count, seed);
        spec.commandLine().getOut().printf("wrote %d bulletins (%.1f MB) and manifest.json into %s%n  kinds: %s%n  forms: %s%n",
                s.bulletins(), s.bytes() / 1e6, out, s.kinds(), s.forms());
        return 0;
    }
}

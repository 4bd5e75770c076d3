package org.bulletinkg.cli;

import org.bulletinkg.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bulletinkg.BadInputException;
import org.bulletinkg.eval.RuleMeter;
import org.bulletinkg.extract.BulletinExtractor;
import org.bulletinkg.extract.Lexicon;
import org.bulletinkg.parse.BulletinParser;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.RawBulletin;
import org.bulletinkg.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Measures each extraction rule's precision on a gold set: the facts each rule produced there and"
                + " how many the gold holds. Written to --out, the table becomes the confidence of the evidence the rule"
                + " produces (src/main/resources/rules/precision.tsv)."})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--manifest", required = true, paramLabel = "FILE",
            description = "A gold set's manifest.json; give several --manifest/--gold pairs to measure on them together.")
    List<Path> manifests;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of NAME.gold.json files, one per --manifest.")
    List<Path> golds;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table here (default: print it).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (manifests.size() != golds.size()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give one --gold folder per --manifest");
        }
        Lexicon lexicon = Lexicon.standard();
        BulletinExtractor extractor = new BulletinExtractor(Pipeline.segmenter(lexicon), lexicon);
        BulletinParser parser = new BulletinParser();
        RuleMeter meter = new RuleMeter();
        int measured = 0;
        for (int i = 0; i < manifests.size(); i++) {
            Path gold = golds.get(i);
            if (!Files.isDirectory(gold)) {
                throw new BadInputException(gold, "no such gold folder");
            }
            for (SourceFile f : BulletinSources.list(List.of(), manifests.get(i))) {
                RawBulletin raw = BulletinSources.read(f);
                Path goldFile = gold.resolve(raw.name() + ".gold.json");
                if (Files.exists(goldFile)) {
                    meter.add(extractor.extract(parser.parse(raw)), goldFile);
                    measured++;
                }
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            Files.writeString(out, meter.table(), StandardCharsets.UTF_8);
            stdout.printf("rule precision of %d bulletins written to %s%n", measured, out);
        } else {
            stdout.print(meter.table());
        }
        stdout.flush();
        return 0;
    }
}

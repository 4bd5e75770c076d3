package org.bulletinkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bulletinkg.ontology.OntologyExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ontology", mixinStandardHelpOptions = true,
        description = {"Writes the ontology, its concept schemes, places and shapes as Turtle, RDF/XML (.owl / .rdf),"
                + " JSON-LD and N-Triples, with index.html, the documentation page (open it in a browser).",
                "The build writes the same files to target/ontology/."})
final class OntologyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the files.")
    Path out;

    @Override
    public Integer call() {
        List<Path> written = OntologyExport.writeAll(out);
        spec.commandLine().getOut().printf("wrote %d files to %s (documentation: %s)%n", written.size(), out,
                out.resolve(OntologyExport.PAGE));
        return 0;
    }
}

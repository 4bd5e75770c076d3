package org.bulletinkg.ontology;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;

/** Checks a graph against ontology/shapes.ttl and describes the outcome for people. */
public final class ShapeValidation {
    private final Shapes shapes;
    private final PrefixMapping prefixes;

    private ShapeValidation(Shapes shapes, PrefixMapping prefixes) {
        this.shapes = shapes;
        this.prefixes = prefixes;
    }

    /** The shapes bundled with the program. */
    public static ShapeValidation standard() {
        var model = OntologyFiles.load(OntologyFiles.SHAPES);
        PrefixMapping p = PrefixMapping.Factory.create().setNsPrefixes(model.getNsPrefixMap());
        return new ShapeValidation(Shapes.parse(model.getGraph()), p.lock());
    }

    /** Validates a graph (for a database: the union of its graphs, read inside a transaction). */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * Writes the report: one line per result (focus node, path, value, message), sorted so that two runs on the
     * same data print the same, at most {@code limit} of them, then a summary line.
     */
    public void describe(ValidationReport report, PrintWriter out, int limit) {
        List<ReportEntry> entries = report.getEntries().stream()
                .sorted(Comparator.comparing((ReportEntry e) -> name(e.focusNode()))
                        .thenComparing(e -> e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(prefixes)))
                        .thenComparing(e -> name(e.value())))
                .toList();
        int shown = 0;
        for (ReportEntry e : entries) {
            if (shown++ == limit) {
                out.printf("... and %d more%n", entries.size() - limit);
                break;
            }
            out.printf("%s %s%s%s: %s%n", e.severity().level().getLocalName(), name(e.focusNode()),
                    e.resultPath() == null ? "" : " " + e.resultPath().toString(new Prologue(prefixes)),
                    e.value() == null ? "" : " = " + name(e.value()), e.message());
        }
        out.println(report.conforms() ? "conforms: the graph meets every shape of ontology/shapes.ttl"
                : "does not conform: " + entries.size() + " result(s)");
    }

    private String name(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            String q = prefixes.qnameFor(n.getURI());
            return q != null ? q : "<" + n.getURI() + ">";
        }
        return n.toString(prefixes);
    }
}

package org.bulletinkg.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;

/** A library query run from its form: the typed values put in its VALUES lines, the answer as a table (or Turtle). */
final class QueryRun {
    /** The most rows a page shows; the query itself may find more. */
    static final int MAX_ROWS = 1000;

    private QueryRun() {
    }

    /** The answer: columns and rows of a SELECT, the Turtle of a CONSTRUCT, or what went wrong. */
    public record Answer(List<String> columns, List<List<Value>> rows, boolean truncated, String turtle,
                         String error, long millis) {
        public Answer {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        static Answer error(String message) {
            return new Answer(List.of(), List.of(), false, "", message, 0);
        }
    }

    /** The query's text with each parameter's line holding the typed value (a missing value keeps the example). */
    static String withValues(LibraryQuery q, Map<String, String> values) {
        String[] lines = q.text().split("\n", -1);
        for (LibraryQuery.Parameter p : q.parameters()) {
            String typed = values.get(p.variable());
            if (typed == null)
                continue;
            String term = term(p, typed.strip());
            lines[p.line()] = lines[p.line()].replaceFirst("\\{.*\\}", java.util.regex.Matcher.quoteReplacement("{ " + term + " }"));
        }
        return String.join("\n", lines);
    }

    /** The query with the typed values, or with its examples where a value is refused. */
    static String safeText(LibraryQuery q, Map<String, String> values) {
        try {
            return withValues(q, values);
        } catch (IllegalArgumentException e) {
            return q.text();
        }
    }

    /** A typed value as a SPARQL term of the parameter's kind; an unusable value is refused. */
    static String term(LibraryQuery.Parameter p, String typed) {
        if (typed.isEmpty())
            return "UNDEF";
        return switch (p.kind()) {
            case STRING -> NodeFmtLib.strNT(p.lang().isEmpty() ? NodeFactory.createLiteralString(typed)
                    : NodeFactory.createLiteralLang(typed, p.lang()));
            case NUMBER -> {
                if (!typed.matches("-?\\d+(\\.\\d+)?"))
                    throw new IllegalArgumentException("?" + p.variable() + " must be a number, was \"" + typed + "\"");
                yield typed;
            }
            case PREFIXED -> {
                if (typed.matches("[A-Za-z][\\w-]*:[\\w.-]*"))
                    yield typed;
                yield iri(p, typed);
            }
            case IRI, OPEN -> typed.matches("-?\\d+(\\.\\d+)?") && p.kind() == LibraryQuery.Parameter.Kind.OPEN
                    ? typed : iri(p, typed);
        };
    }

    private static String iri(LibraryQuery.Parameter p, String typed) {
        String iri = typed.startsWith("<") && typed.endsWith(">") ? typed.substring(1, typed.length() - 1) : typed;
        if (iri.isEmpty() || !iri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|^`\\\\]*"))
            throw new IllegalArgumentException("?" + p.variable() + " must be an IRI, was \"" + typed + "\"");
        return "<" + iri + ">";
    }

    static Answer run(KgDataset data, LibraryQuery q, Map<String, String> values) {
        String text;
        Query query;
        try {
            text = withValues(q, values);
            query = QueryFactory.create(text);
        } catch (IllegalArgumentException e) {
            return Answer.error(e.getMessage());
        } catch (QueryParseException e) {
            return Answer.error("The query does not parse with these values: " + e.getMessage());
        }
        long t0 = System.nanoTime();
        try {
            return Txn.calculateRead(data.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(data.datasetGraph()))
                        .query(query).timeout(KgDataset.TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                    if (query.isSelectType())
                        return table(qe.execSelect(), t0);
                    if (query.isAskType())
                        return new Answer(List.of("answer"), List.of(List.of(new Value(null,
                                Boolean.toString(qe.execAsk()), ""))), false, "", "", millis(t0));
                    Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    model.setNsPrefixes(query.getPrefixMapping());
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    RDFDataMgr.write(out, model, Lang.TURTLE);
                    return new Answer(List.of(), List.of(), false, out.toString(StandardCharsets.UTF_8), "", millis(t0));
                }
            });
        } catch (QueryCancelledException e) {
            return Answer.error("The query ran past " + KgDataset.TIMEOUT_SECONDS + " s and was stopped.");
        }
    }

    private static Answer table(ResultSet rs, long t0) {
        List<String> columns = rs.getResultVars();
        List<List<Value>> rows = new ArrayList<>();
        List<QuerySolution> solutions = new ArrayList<>();
        boolean truncated = false;
        while (rs.hasNext()) {
            if (solutions.size() == MAX_ROWS) {
                truncated = true;
                break;
            }
            solutions.add(rs.next());
        }
        // Resources are linked by their IRI's last segment; a results table is for checking, not for reading names.
        for (QuerySolution s : solutions) {
            List<Value> row = new ArrayList<>();
            for (String c : columns) {
                RDFNode n = s.get(c);
                if (n == null)
                    row.add(new Value(null, "", ""));
                else if (n.isURIResource())
                    row.add(new Value(Link.to(n.asResource().getURI(), "", ""), "", ""));
                else if (n.isLiteral())
                    row.add(new Value(null, n.asLiteral().getLexicalForm(), n.asLiteral().getLanguage()));
                else
                    row.add(new Value(null, n.toString(), ""));
            }
            rows.add(row);
        }
        return new Answer(columns, rows, truncated, "", "", millis(t0));
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static Map<String, String> examples(LibraryQuery q) {
        Map<String, String> out = new LinkedHashMap<>();
        for (LibraryQuery.Parameter p : q.parameters())
            out.put(p.variable(), p.example());
        return out;
    }
}

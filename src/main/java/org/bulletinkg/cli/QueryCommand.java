package org.bulletinkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.bulletinkg.BadInputException;
import org.bulletinkg.store.Tdb2Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query on the database. The default graph is the union of all bulletins' graphs.",
                "SELECT results as a table, CSV or TSV (with a header row) or SPARQL results JSON;"
                        + " CONSTRUCT and DESCRIBE results as Turtle; ASK as true or false."})
final class QueryCommand implements Callable<Integer>, DatabaseCommand {
    enum Format { table, csv, tsv, json }

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", arity = "1", description = "A file holding the query.")
        Path file;

        @Option(names = {"-e", "--query"}, paramLabel = "QUERY", description = "The query text.")
        String text;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public java.nio.file.Path database() {
        return db.db;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        String where = source.file != null ? source.file.toString() : "the query given with -e";
        String text;
        if (source.file != null) {
            if (!Files.isRegularFile(source.file)) {
                throw new BadInputException(source.file, "no such query file");
            }
            text = Files.readString(source.file, StandardCharsets.UTF_8);
        } else {
            text = source.text;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new BadInputException(where, "not a valid SPARQL query: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2Store store = Tdb2Store.openExisting(db.db)) {
            Txn.executeRead(store.datasetGraph(), () -> run(query, store, out));
        }
        out.flush();
        return 0;
    }

    private void run(Query query, Tdb2Store store, PrintWriter out) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.datasetGraph())).query(query).build()) {
            OutputStream os = WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8).get();
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case table -> out.print(ResultSetFormatter.asText(rs, query.getPrologue()));
                    case csv -> ResultSetFormatter.outputAsCSV(os, rs);
                    case tsv -> ResultSetFormatter.output(os, rs, ResultSetLang.RS_TSV);
                    case json -> ResultSetFormatter.outputAsJSON(os, rs);
                }
            } else if (query.isAskType()) {
                out.println(qe.execAsk());
            } else {
                RDFDataMgr.write(os, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
            }
            os.flush();
        } catch (IOException e) {
            throw new org.bulletinkg.BulletinKgException("cannot write the results: " + e.getMessage(), e);
        }
    }
}

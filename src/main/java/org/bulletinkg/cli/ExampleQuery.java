package org.bulletinkg.cli;

import java.io.PrintWriter;
import org.bulletinkg.serve.KgServer;

/** What a user sees when the server is up: where it is and a query to try. */
final class ExampleQuery {
    static final String MEETINGS = """
            PREFIX bkg: <https://w3id.org/bulletin-kg/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            SELECT ?body ?number ?date ?chair WHERE {
              ?m a bkg:Meeting ; bkg:bodyName ?body .
              OPTIONAL { ?m bkg:sessionNumber ?number }
              OPTIONAL { ?m schema:startDate ?date }
              OPTIONAL { ?m bkg:chair/foaf:name ?chair }
            } ORDER BY ?date""";

    private ExampleQuery() {
    }

    static void printWelcome(PrintWriter out, KgServer server) {
        out.println("SPARQL endpoint: " + server.endpointUrl());
        out.println("Fuseki UI:       " + server.uiUrl());
        out.println("Browse:          " + server.uiUrl() + org.bulletinkg.web.WebPages.HOME.substring(1));
        out.println("Try:");
        out.println("  curl -s " + server.endpointUrl() + " --data-urlencode query@- -H 'Accept: text/csv' <<'EOF'");
        out.println(MEETINGS);
        out.println("EOF");
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}

package org.bulletinkg.web;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The graph in a browser, added to the embedded Fuseki server: pages for every meeting, official, body, strategy,
 * place, document and bulletin at /id/... (with content negotiation for RDF clients), the ontology at /ontology,
 * and the home page, search and the query library under /explore/. Read-only: every page only queries.
 */
public final class WebPages {
    /** Where the home page is, relative to the server's root. */
    public static final String HOME = "/explore/";

    private WebPages() {
    }

    /** Registers the pages with a server being built; they find its dataset /kg once it runs. */
    public static void addTo(FusekiServer.Builder builder) {
        Site site = new Site();
        builder.addServlet("/id/*", new LinkedDataServlet(site))
               .addServlet("/ontology", new OntologyServlet())
               .addServlet("/explore/*", new ExploreServlet(site));
    }
}

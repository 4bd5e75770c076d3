package org.bulletinkg.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.bulletinkg.resolve.Iris;

/**
 * GET /id/REST describes https://w3id.org/bulletin-kg/id/REST: a page to a browser; Turtle, JSON-LD or
 * N-Triples to a client that asks for them (Accept, or ?format=ttl|jsonld|nt). An IRI the graph does not know
 * answers 404, with a page that says so.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    LinkedDataServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() <= 1) {
            response.sendRedirect(request.getContextPath() + "/explore/");
            return;
        }
        String iri = Iris.BASE + path.substring(1);
        Representation wanted = Representation.negotiate(request, response);
        if (wanted == null) {
            return;
        }
        try {
            KgDataset data = site.data(request.getServletContext());
            if (wanted == Representation.HTML) {
                var page = ThingPages.page(data, iri);
                if (page.isPresent())
                    site.render(page.get(), response);
                else
                    site.render(new Page("unknown", Map.of("iri", iri), HttpServletResponse.SC_NOT_FOUND), response);
                return;
            }
            if (!data.ask("exists", Map.of("this", Iri.node(iri)))) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType("text/plain; charset=utf-8");
                response.getWriter().println("The graph says nothing about <" + iri + ">");
                return;
            }
            Graph graph = data.construct("describe", Map.of("this", Iri.node(iri)));
            RdfOut.write(graph, wanted, response);
        } catch (RuntimeException e) {
            // The boundary of a request: whatever failed is logged, and the visitor gets a page that says what.
            site.renderError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, String.valueOf(e.getMessage()), response, e);
        }
    }
}

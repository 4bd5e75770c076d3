package org.bulletinkg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bulletinkg.ontology.OntologyFiles;
import org.bulletinkg.ontology.OntologyPage;

/**
 * GET /ontology: the ontology (https://w3id.org/bulletin-kg/ontology, whose terms are ontology#NAME), as its
 * documentation page to a browser and as Turtle, JSON-LD or N-Triples to a client that asks.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private transient volatile byte[] page;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Representation wanted = Representation.negotiate(request, response);
        if (wanted == null) {
            return;
        }
        if (wanted == Representation.HTML) {
            if (page == null)
                page = OntologyPage.render().getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html; charset=utf-8");
            response.getOutputStream().write(page);
            return;
        }
        RdfOut.write(OntologyFiles.load(OntologyFiles.ONTOLOGY).getGraph(), wanted, response);
    }
}

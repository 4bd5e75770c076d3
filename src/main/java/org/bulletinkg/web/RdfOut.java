package org.bulletinkg.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.bulletinkg.resolve.Iris;
import org.bulletinkg.vocab.BKG;
import org.bulletinkg.vocab.Vocab;

/** A description written in the negotiated RDF syntax, with the project's prefixes. */
final class RdfOut {
    private RdfOut() {
    }

    static void write(Graph graph, Representation form, HttpServletResponse response) throws IOException {
        PrefixMapping prefixes = graph.getPrefixMapping();
        prefixes.setNsPrefix("bkg", BKG.NS);
        prefixes.setNsPrefix("id", Iris.BASE);
        prefixes.setNsPrefix("schema", Vocab.SCHEMA);
        prefixes.setNsPrefix("foaf", Vocab.FOAF);
        prefixes.setNsPrefix("prov", Vocab.PROV);
        prefixes.setNsPrefix("org", "http://www.w3.org/ns/org#");
        prefixes.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        prefixes.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        prefixes.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(form.mediaType + "; charset=utf-8");
        response.setHeader("Vary", "Accept");
        RDFDataMgr.write(response.getOutputStream(), graph, form.lang);
    }
}

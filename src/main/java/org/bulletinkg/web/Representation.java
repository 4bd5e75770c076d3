package org.bulletinkg.web;

import java.util.Locale;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * The forms a thing's description is served in, chosen by content negotiation (the Accept header) or, for a
 * link that should give RDF, by {@code ?format=ttl|jsonld|nt}. A browser gets HTML; so does a client that
 * accepts anything: Linked Data clients ask for what they read.
 */
enum Representation {
    HTML("text/html", null, "html"),
    TURTLE("text/turtle", Lang.TURTLE, "ttl"),
    JSONLD("application/ld+json", Lang.JSONLD, "jsonld"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt");

    private static final AcceptList OFFERED = AcceptList.create("text/html", "application/xhtml+xml", "text/turtle",
            "application/ld+json", "application/n-triples", "text/plain");

    final String mediaType;
    final Lang lang;
    final String format;

    Representation(String mediaType, Lang lang, String format) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.format = format;
    }

    /**
     * The representation a request asks for ({@link #choose}), with {@code Vary: Accept} set; when none fits, the
     * response is answered 406 here and null returned.
     */
    static Representation negotiate(jakarta.servlet.http.HttpServletRequest request,
                                    jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Representation wanted = choose(request.getHeader("Accept"), request.getParameter("format"));
        response.setHeader("Vary", "Accept");
        if (wanted == null) {
            response.sendError(jakarta.servlet.http.HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Offered: text/html, text/turtle, application/ld+json, application/n-triples");
        }
        return wanted;
    }

    /** The representation for a request: {@code format} if given, else the best match of {@code accept}; null if none fits. */
    static Representation choose(String accept, String format) {
        if (format != null && !format.isBlank()) {
            for (Representation r : values())
                if (r.format.equals(format.strip().toLowerCase(Locale.ROOT)))
                    return r;
            return null;
        }
        if (accept == null || accept.isBlank())
            return HTML;
        MediaType match;
        try {
            match = AcceptList.match(new AcceptList(accept), OFFERED);
        } catch (RuntimeException e) {
            return HTML; // an Accept header that does not parse: the page
        }
        if (match == null)
            return null;
        return switch (match.getContentTypeStr()) {
            case "text/turtle" -> TURTLE;
            case "application/ld+json" -> JSONLD;
            case "application/n-triples", "text/plain" -> NTRIPLES;
            default -> HTML;
        };
    }
}

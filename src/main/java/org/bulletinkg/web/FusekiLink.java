package org.bulletinkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.bulletinkg.BulletinKgException;

/**
 * Links into the Fuseki UI's query tab with a query already in the editor (its route takes {@code ?query=}):
 * the UI's own prefix list and examples are compiled into it, so our prefixes reach it through the query.
 */
final class FusekiLink {
    private static final String STARTER = "web/data/sparql-starter.rq";
    private static final String QUERY_TAB = "/#/dataset" + Site.DATASET + "/query?query=";

    private FusekiLink() {
    }

    static String query(String sparql) {
        // The UI's router decodes with decodeURIComponent, which leaves '+' as it is: spaces as %20.
        return QUERY_TAB + URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The Fuseki UI with a first query holding the project's prefixes. */
    static String starter() {
        try (InputStream in = FusekiLink.class.getClassLoader().getResourceAsStream(STARTER)) {
            if (in == null)
                throw new BulletinKgException("resource missing from the program: " + STARTER);
            return query(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BulletinKgException(STARTER + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}

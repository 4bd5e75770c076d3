package org.bulletinkg.serve;

import java.net.URL;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.bulletinkg.BulletinKgException;

/**
 * The Fuseki web UI (jena-fuseki-ui) on a read-only server.
 * <p>
 * Fuseki's own {@code FMod_UI} needs {@code FMod_Admin}, which also adds dataset creation,
 * deletion, backup and compaction and writes a run area on disk. We add only what the UI reads:
 * the static files, {@code $/ping}, {@code $/server} (the dataset list), {@code $/stats} and
 * {@code $/tasks} (always empty here). {@code $/datasets} is absent, so the UI's
 * "new dataset" and "remove" buttons get 404.
 */
final class FusekiUi {
    /** Where jena-fuseki-ui keeps its files on the classpath. */
    private static final String INDEX_PAGE = "webapp/index.html";

    private FusekiUi() {}

    static void addTo(FusekiServer.Builder builder) {
        builder.staticFileBase(filesLocation())
               .enablePing(true)
               .enableStats(true)
               .enableTasks(true)
               .addServlet("/$/server", new ActionServerStatus());
    }

    /** The folder of UI files inside the jena-fuseki-ui jar, as a URI Jetty can serve from. */
    private static String filesLocation() {
        // Look for the index page, not the folder: "webapp/" is a common name in other jars.
        URL index = FusekiUi.class.getClassLoader().getResource(INDEX_PAGE);
        if (index == null)
            throw new BulletinKgException("The Fuseki UI files (" + INDEX_PAGE
                    + ") are not on the classpath: is jena-fuseki-ui missing?");
        String uri = index.toExternalForm();
        return uri.substring(0, uri.length() - "index.html".length());
    }
}

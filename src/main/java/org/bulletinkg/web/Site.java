package org.bulletinkg.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.bulletinkg.BulletinKgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pages share: the served dataset (found in Fuseki's registry once the server runs), the templates,
 * the home page's cached model and the query library.
 */
final class Site {
    private static final Logger LOG = LoggerFactory.getLogger(Site.class);
    /** The dataset the pages read: fuseki/config.ttl's service name. */
    static final String DATASET = "/kg";

    private final Templates templates = new Templates();
    private final QueryLibrary library = QueryLibrary.load();
    private volatile KgDataset data;
    private volatile HomePage home;

    KgDataset data(ServletContext context) {
        KgDataset d = data;
        if (d == null) {
            synchronized (this) {
                if (data == null) {
                    DataAccessPointRegistry registry = DataAccessPointRegistry.get(context);
                    DataAccessPoint access = registry == null ? null : registry.get(DATASET);
                    if (access == null)
                        throw new BulletinKgException("The server has no dataset " + DATASET + " to show");
                    data = new KgDataset(access.getDataService().getDataset());
                    home = new HomePage(data);
                }
                d = data;
            }
        }
        return d;
    }

    HomePage home(ServletContext context) {
        data(context);
        return home;
    }

    QueryLibrary library() {
        return library;
    }

    /** Renders the whole page before sending it, so that a failure can still answer with an error page. */
    void render(Page page, HttpServletResponse response) throws IOException {
        StringWriter html = new StringWriter();
        templates.render(page, html);
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(page.status());
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Vary", "Accept");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A page saying what went wrong; the cause is logged, the visitor gets its message. */
    void renderError(int status, String message, HttpServletResponse response, Exception cause) throws IOException {
        if (cause != null)
            LOG.warn("Page failed: {}", message, cause);
        if (response.isCommitted())
            return;
        response.reset();
        render(new Page("error", Map.of("status", status, "message", message), status), response);
    }
}

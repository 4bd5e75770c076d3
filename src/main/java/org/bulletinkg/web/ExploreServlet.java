package org.bulletinkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages that are not about one thing, under /explore/: the home page, search, the query library (a page per
 * query, with its parameters as a form and its answer as a table) and the style sheet.
 */
final class ExploreServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    ExploreServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + "/explore/");
            return;
        }
        try {
            if (path.equals("/")) {
                site.render(site.home(request.getServletContext()).page(), response);
            } else if (path.equals("/search")) {
                site.render(SearchPage.build(site.data(request.getServletContext()), request.getParameter("q")), response);
            } else if (path.equals("/queries") || path.equals("/queries/")) {
                site.render(new Page("queries", Map.of("queries", site.library().all())), response);
            } else if (path.startsWith("/queries/")) {
                query(path.substring("/queries/".length()), request, response);
            } else if (path.equals("/static/style.css")) {
                stylesheet(response);
            } else {
                site.render(new Page("error", Map.of("status", 404, "message", "No such page: " + path), 404), response);
            }
        } catch (RuntimeException e) {
            // The boundary of a request: whatever failed is logged, and the visitor gets a page that says what.
            site.renderError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, String.valueOf(e.getMessage()), response, e);
        }
    }

    private void query(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LibraryQuery> found = site.library().get(name);
        if (found.isEmpty()) {
            site.render(new Page("error", Map.of("status", 404, "message", "No query " + name + " in the library"), 404),
                    response);
            return;
        }
        LibraryQuery q = found.get();
        Map<String, String> values = new LinkedHashMap<>(QueryRun.examples(q));
        boolean run = request.getParameter("run") != null;
        if (run)
            for (LibraryQuery.Parameter p : q.parameters())
                if (request.getParameter(p.variable()) != null)
                    values.put(p.variable(), request.getParameter(p.variable()));
        Map<String, Object> m = new HashMap<>();
        m.put("query", q);
        m.put("values", values);
        m.put("ran", run);
        m.put("fusekiHref", FusekiLink.query(QueryRun.safeText(q, values)));
        if (run)
            m.put("answer", QueryRun.run(site.data(request.getServletContext()), q, values));
        site.render(new Page("query", m), response);
    }

    private static void stylesheet(HttpServletResponse response) throws IOException {
        try (InputStream in = ExploreServlet.class.getClassLoader().getResourceAsStream("web/static/style.css")) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType("text/css; charset=utf-8");
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}

package org.bulletinkg.web;

import java.util.Map;

/** A page to render: its template (under web/templates) and the model the template reads. */
record Page(String template, Map<String, Object> model, int status) {
    Page {
        model = Map.copyOf(model);
    }

    Page(String template, Map<String, Object> model) {
        this(template, model, 200);
    }
}

package org.bulletinkg.web;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.bulletinkg.BulletinKgException;

/** The pages' FreeMarker templates (web/templates/NAME.ftlh): HTML output, every value escaped. */
final class Templates {
    private final Configuration config;
    /** What every page's frame reads (the top bar's link into the Fuseki UI). */
    private final Map<String, Object> common = Map.of("sparqlHref", FusekiLink.starter());

    Templates() {
        config = new Configuration(Configuration.VERSION_2_3_35);
        config.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "web/templates");
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNumberFormat("computer");
    }

    void render(Page page, Writer out) throws IOException {
        Map<String, Object> model = new HashMap<>(common);
        model.putAll(page.model());
        try {
            config.getTemplate(page.template() + ".ftlh").process(model, out);
        } catch (TemplateException e) {
            throw new BulletinKgException("Cannot render the page " + page.template() + ": " + e.getMessage(), e);
        }
    }
}

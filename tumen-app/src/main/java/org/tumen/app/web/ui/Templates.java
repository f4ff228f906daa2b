package org.tumen.app.web.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The UI's template engine: jte, precompiled by {@code jte-maven-plugin} with content type HTML.
 *
 * <p>Why jte rather than Thymeleaf: templates are compiled to Java with the build, so a template that refers to a
 * missing field fails {@code mvn compile} rather than a page view; rendering is plain method calls (no reflection or
 * expression language at request time), which keeps pages fast; and every {@code ${…}} is escaped for the context it
 * stands in (element text, attribute, URL), so report text, which may hold HTML, is inert by construction. The one
 * unescaped output, {@code $unsafe}, is used only for {@link SafeJson}, whose escaping is tested on its own.
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, params, out);
        return out.toString();
    }

    void page(Context ctx, String template, Map<String, Object> params) {
        ctx.html(render(template, params));
    }
}

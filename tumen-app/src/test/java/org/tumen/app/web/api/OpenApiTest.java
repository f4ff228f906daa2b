package org.tumen.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.app.web.Role;
import org.tumen.app.web.TestServer;
import org.tumen.app.web.Tokens;

/** The hand-written OpenAPI document is valid 3.1 and describes exactly the routes the server serves under /api. */
class OpenApiTest {
    @TempDir
    static Path dir;

    static TestServer server;
    static OpenAPI document;

    @BeforeAll
    static void parse_the_document_and_start_a_server() throws IOException {
        String json;
        try (InputStream in = OpenApi.class.getResourceAsStream(OpenApi.RESOURCE)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).isEmpty();
        document = result.getOpenAPI();
        server = TestServer.start(dir.resolve("data"), "127.0.0.1", Tokens.none());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void the_document_is_openapi_3_1() {
        assertThat(document.getOpenapi()).isEqualTo("3.1.0");
        assertThat(document.getInfo().getTitle()).isEqualTo("Tumen HTTP API");
    }

    @Test
    void every_route_the_server_serves_under_api_is_documented_and_nothing_else_is() {
        Set<String> served = new TreeSet<>();
        server.server().javalin().unsafe.internalRouter.allHttpHandlers().forEach(h -> {
            var e = h.endpoint;
            if (e.path.startsWith("/api/") && e.method.isHttpMethod()) served.add(e.method.name() + " " + e.path);
        });
        Set<String> documented = new TreeSet<>();
        document.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, op) -> documented.add(method.name() + " " + path)));

        assertThat(served).hasSizeGreaterThan(15);
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void every_operation_names_its_role_declares_its_path_parameters_and_an_error_answer() {
        Pattern param = Pattern.compile("\\{([^}]+)}");
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    String what = method + " " + path;
                    assertThat(op.getExtensions()).as(what).containsEntry("x-tumen-role", roleOf(method));
                    Matcher m = param.matcher(path);
                    while (m.find()) {
                        String name = m.group(1);
                        assertThat(op.getParameters())
                                .as(what + " declares {" + name + "}")
                                .anyMatch(p -> p.getName().equals(name) && "path".equals(p.getIn()));
                    }
                    if (!path.equals("/api/health") && !path.equals("/api/openapi.json"))
                        assertThat(op.getResponses()).as(what).containsKey("401");
                    assertThat(op.getOperationId()).as(what).isNotBlank();
                }));
    }

    private static String roleOf(PathItem.HttpMethod method) {
        return Role.neededFor(method.name()).name().toLowerCase();
    }
}

package cn.gonghui.platform.openapi;

import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the CORS answer header on every response: the CORS filter (quarkus.http.cors) runs before
 * anything else answers, so each answer to a request from an allowed origin carries it, errors
 * included; an answer to any other origin has none (CorsTest).
 */
final class CorsHeaders {

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String REF = "#/components/headers/" + ALLOW_ORIGIN;

    private CorsHeaders() {
    }

    static void document(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addHeader(ALLOW_ORIGIN, header());
        Set<APIResponse> done = new HashSet<>();
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(response -> addTo(response, done));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> addTo(response, done));
            }
        }));
    }

    private static void addTo(APIResponse response, Set<APIResponse> done) {
        if (response.getRef() != null || !done.add(response)) {
            return;
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(ALLOW_ORIGIN)) {
            response.addHeader(ALLOW_ORIGIN, OASFactory.createHeader().ref(REF));
        }
    }

    private static Header header() {
        return OASFactory.createHeader()
                .description("仅当请求的 Origin 在允许列表中（GONGHUI_CORS_ORIGINS：干部管理端网页的来源，生产环境默认为空）时出现，"
                        + "值即该 Origin；其他来源的网页得不到此头，浏览器不把应答交给它。小程序、原生应用和服务端调用方不受 CORS 约束。"
                        + "/ Present only when the request's Origin is on the allow-list (GONGHUI_CORS_ORIGINS: the officers' "
                        + "web client, empty by default in production); its value is that origin. A page from any other origin "
                        + "gets none, so its browser keeps the answer from it. The mini-program, native apps and servers are "
                        + "not subject to CORS.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(300)
                        .pattern("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$"));
    }
}

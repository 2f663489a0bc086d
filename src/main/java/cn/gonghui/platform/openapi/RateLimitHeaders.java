package cn.gonghui.platform.openapi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the rate-limit headers every API answer carries (platform.ratelimit): on each success
 * and each client error, where the caller stands in their route group's limit. Shared responses
 * get them once, on the component.
 */
final class RateLimitHeaders {

    private static final String PREFIX = "#/components/headers/";
    private static final String COMPONENT_RESPONSES = "#/components/responses/";
    /** In a fixed order: {@code Map.of} iterates in an order that changes between JVM runs, and so did the contract. */
    private static final Map<String, String> HEADERS = orderedHeaders();

    private RateLimitHeaders() {
    }

    private static Map<String, String> orderedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Limit", "本组接口每个周期可调用的次数 / Requests this caller may make per period in this group of routes");
        headers.put("RateLimit-Remaining", "本周期内剩余次数 / Requests left in the current period");
        headers.put("RateLimit-Reset", "几秒后额度完全恢复 / Seconds until the limit is whole again");
        return Collections.unmodifiableMap(headers);
    }

    static void addTo(Components components, APIResponses responses) {
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        defineOnce(components);
        Set<APIResponse> done = new HashSet<>();
        responses.getAPIResponses().forEach((status, response) -> {
            if (!status.matches("[24]\\d\\d")) {
                return;
            }
            APIResponse target = response.getRef() != null && response.getRef().startsWith(COMPONENT_RESPONSES)
                    ? components.getResponses().get(response.getRef().substring(COMPONENT_RESPONSES.length()))
                    : response;
            if (target != null && done.add(target)) {
                HEADERS.keySet().forEach(name -> {
                    if (target.getHeaders() == null || !target.getHeaders().containsKey(name)) {
                        target.addHeader(name, OASFactory.createHeader().ref(PREFIX + name));
                    }
                });
            }
        });
    }

    private static void defineOnce(Components components) {
        if (components.getHeaders() != null && components.getHeaders().containsKey("RateLimit-Limit")) {
            return;
        }
        HEADERS.forEach((name, description) -> components.addHeader(name, header(description)));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(1_000_000_000L)));
    }
}

package cn.gonghui.platform.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request as it goes over the wire, with what was done to it. The body is bytes, so that invalid
 * UTF-8 and cut-off documents arrive exactly as a broken client would send them.
 */
record FuzzRequest(Operation operation, String caller, String what, String method, String target,
                   Map<String, String> headers, byte[] body) {

    /** The request as the report shows it: long values cut, control characters made visible. */
    String describe() {
        StringBuilder text = new StringBuilder();
        text.append(method).append(' ').append(Excerpt.of(target, 300)).append("  [caller ").append(caller)
                .append("; ").append(what).append(']');
        headers.forEach((name, value) -> {
            if (!name.equals("Authorization") || !value.startsWith("Bearer ey")) {
                text.append("\n      ").append(name).append(": ").append(Excerpt.of(value, 120));
            }
        });
        if (body != null) {
            text.append("\n      body (").append(body.length).append(" bytes): ")
                    .append(Excerpt.of(new String(body, StandardCharsets.UTF_8), 300));
        }
        return text.toString();
    }
}

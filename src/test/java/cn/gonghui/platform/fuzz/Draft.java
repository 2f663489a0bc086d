package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request being made: first valid by the contract, then changed in one place by a mutation. Path
 * and query values are kept already encoded, so a mutation can put raw bytes there as well.
 */
final class Draft {

    final Operation operation;
    final Map<String, String> encodedPath = new LinkedHashMap<>();
    final List<String> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    /** The body as a value, while it is still one; a mutation that writes bytes sets {@link #body}. */
    JsonNode json;
    byte[] body;
    String contentType;

    Draft(Operation operation) {
        this.operation = operation;
    }

    boolean hasJsonObject() {
        return json instanceof ObjectNode;
    }

    FuzzRequest toRequest(String caller, String what) {
        String path = operation.path();
        for (Map.Entry<String, String> parameter : encodedPath.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
        Map<String, String> sent = new LinkedHashMap<>(headers);
        byte[] bytes = body;
        if (bytes == null && json != null) {
            bytes = operation.body().orElseThrow().mediaType().equals("application/x-www-form-urlencoded")
                    ? WireText.utf8(FormBody.of(json)) : WireText.utf8(WireText.json(json));
        }
        if (contentType != null) {
            sent.put("Content-Type", contentType);
        }
        return new FuzzRequest(operation, caller, what, operation.method(), target, sent, bytes);
    }
}

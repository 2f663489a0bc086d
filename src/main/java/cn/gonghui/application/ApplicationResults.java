package cn.gonghui.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's result: what its line concluded and decided, kept as one JSON object. */
@ApplicationScoped
public class ApplicationResults {

    private final ObjectMapper json;

    public ApplicationResults(ObjectMapper json) {
        this.json = json;
    }

    /** Adds (or replaces) the given fields; nothing changes when there are none. */
    public void merge(Application application, ObjectNode extra) {
        if (extra == null || extra.isEmpty()) {
            return;
        }
        ObjectNode result = read(application);
        result.setAll(extra);
        application.result = result.toString();
    }

    /** The result so far, an empty object when there is none. */
    public ObjectNode read(Application application) {
        if (application.result == null) {
            return json.createObjectNode();
        }
        try {
            return (ObjectNode) json.readTree(application.result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored result is not JSON", e);
        }
    }
}

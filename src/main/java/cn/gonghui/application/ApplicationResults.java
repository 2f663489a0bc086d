package cn.gonghui.application;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The application's result: what its line concluded and decided, kept as one JSON object to which
 * each hook adds its part; a line reads back the part it needs as its own record.
 */
@ApplicationScoped
public class ApplicationResults {

    private final ObjectMapper json;

    public ApplicationResults(ObjectMapper json) {
        this.json = json;
    }

    /** Adds (or replaces) the part's properties; nothing changes when there are none. */
    public void merge(Application application, ApplicationResult part) {
        if (part == null) {
            return;
        }
        ObjectNode extra = json.valueToTree(part);
        if (extra.isEmpty()) {
            return;
        }
        // a new object, never the stored one changed in place: the entity's copy is what Hibernate compares
        ObjectNode result = read(application).deepCopy();
        result.setAll(extra);
        application.result = result;
    }

    /** The result so far, an empty object when there is none; not to be changed. */
    public ObjectNode read(Application application) {
        return application.result == null ? json.createObjectNode() : application.result;
    }

    /**
     * The part a line wrote, as its record: the other parts' properties are not its business, and
     * what the part has not written yet (or an older result lacks) is left empty.
     */
    public <R extends ApplicationResult> R part(ApplicationRef application, Class<R> type) {
        try {
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(application.result());
        } catch (IOException e) {
            throw new UncheckedIOException("A stored result does not hold a " + type.getSimpleName(), e);
        }
    }
}

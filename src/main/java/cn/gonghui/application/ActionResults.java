package cn.gonghui.application;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.json.RecordReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads an officer's {@code result} into the record its line declares for the action. The payload
 * does not say which record it is (the application's line does), so the body carries it as free
 * JSON and it is typed here, as strictly as the body itself and with every wrong field named.
 */
@ApplicationScoped
public class ActionResults {

    static final String FIELD = "result";

    private final RecordReader reader;

    public ActionResults(RecordReader reader) {
        this.reader = reader;
    }

    /** The typed result, or {@code null} when the action takes none and none was given. */
    public ActionResult read(ResultShape shape, JsonNode result) {
        boolean absent = result == null || result.isNull() || result.isMissingNode();
        if (shape.type() == null) {
            if (!absent && !(result.isObject() && result.isEmpty())) {
                throw invalid(shape, "RESULT_NOT_EXPECTED");
            }
            return null;
        }
        if (absent && shape.required()) {
            throw invalid(shape, "REQUIRED");
        }
        return reader.read(absent ? JsonNodeFactory.instance.objectNode() : result, shape.type(), FIELD,
                shape.problemCode());
    }

    private static ApiProblem invalid(ResultShape shape, String code) {
        return ApiProblem.invalidField(422, shape.problemCode(), FIELD, code);
    }
}

package cn.gonghui.platform.error;

import cn.gonghui.platform.json.RefusedText;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Explains an unreadable JSON body by the field it failed at, never by Jackson's own message,
 * which names Java classes.
 */
@ApplicationScoped
public class JsonProblems {

    public ApiProblem toProblem(JacksonException failure) {
        if (failure instanceof RefusedText refused) {
            return fieldProblem(refused.fieldCode(), pathOf(refused));
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return fieldProblem("UNKNOWN_FIELD", pathOf(unknown));
        }
        if (failure instanceof ValueInstantiationException invalidValue) {
            return fieldProblem("INVALID_VALUE", pathOf(invalidValue));
        }
        if (failure instanceof InvalidFormatException || failure instanceof MismatchedInputException) {
            String path = pathOf((JsonMappingException) failure);
            return path.isEmpty() ? malformed(failure) : fieldProblem("WRONG_TYPE", path);
        }
        if (failure instanceof DatabindException bound && !pathOf((JsonMappingException) bound).isEmpty()) {
            return fieldProblem("INVALID_VALUE", pathOf((JsonMappingException) bound));
        }
        return malformed(failure);
    }

    private static ApiProblem fieldProblem(String fieldCode, String path) {
        return ApiProblem.invalidField(400, "INVALID_JSON_FIELD", path, fieldCode);
    }

    private static ApiProblem malformed(JacksonException failure) {
        JsonLocation location = failure.getLocation();
        return location == null || location.getLineNr() < 1
                ? ApiProblem.badRequest("MALFORMED_JSON_BODY")
                : ApiProblem.badRequest("MALFORMED_JSON", location.getLineNr(), location.getColumnNr());
    }

    /** {@code form.members[2].income}: the JSON path of the failing value. */
    public static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

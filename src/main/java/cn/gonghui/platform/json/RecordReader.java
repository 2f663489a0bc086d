package cn.gonghui.platform.json;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.error.JsonProblems;
import cn.gonghui.platform.error.ValidationProblems;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a part of a body that only the server can type (a line's result of an officer's action:
 * which record it is depends on the application, not on the payload) the way a whole body is read:
 * strictly, as {@link StrictJson} says, then checked with the record's Bean Validation constraints.
 * Every wrong field is named at once, as {@code result.outcome.kind}. A constraint's message may
 * be the field error's code itself ({@code @NotNull(message = "REQUIRED")}); otherwise the code is
 * the one a request body gets for it.
 */
@ApplicationScoped
public class RecordReader {

    private final ObjectMapper json;
    private final Validator validator;

    public RecordReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The record in {@code value}, which sits at {@code path} in the body; a 422 {@code problemCode}
     * listing every wrong field (sorted by field) when it is not one.
     */
    public <R> R read(JsonNode value, Class<R> type, String path, String problemCode) {
        FieldProblems problems = new FieldProblems();
        R record = null;
        try {
            record = json.readerFor(type).withHandler(problems).readValue(value);
        } catch (RefusedText refused) {
            problems.add(JsonProblems.pathOf(refused), refused.fieldCode());
        } catch (JsonMappingException failure) {
            problems.add(JsonProblems.pathOf(failure), "WRONG_TYPE");
        } catch (IOException failure) {
            throw new IllegalStateException("A JSON tree could not be read again", failure);
        }
        if (record != null) {
            for (ConstraintViolation<R> violation : validator.validate(record)) {
                String field = ValidationProblems.fieldOf(violation.getPropertyPath());
                // a value Jackson could not take is null now: its first problem is the one to fix
                if (!problems.reported(field)) {
                    problems.add(field, codeOf(violation));
                }
            }
        }
        if (problems.errors().isEmpty()) {
            return record;
        }
        List<FieldError> errors = new ArrayList<>();
        for (FieldError error : problems.errors()) {
            String field = error.field().isEmpty() ? path
                    : path + (error.field().startsWith("[") ? "" : ".") + error.field();
            errors.add(FieldError.of(field, error.code()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        throw ApiProblem.invalidFields(422, problemCode, errors);
    }

    private static String codeOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return FieldProblems.CODE.matcher(template).matches() ? template : ValidationProblems.codeOf(violation);
    }
}

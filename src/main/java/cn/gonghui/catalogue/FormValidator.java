package cn.gonghui.catalogue;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Checks a submitted form against its definition, field by field, and reports every field that
 * is wrong at once (422 {@code FORM_INVALID}, fields named {@code form.<code>}). Each item of a
 * list attribute is checked the same way as a small form of its own; {@link FormValues} checks
 * the single values.
 */
@ApplicationScoped
public class FormValidator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What a form's or an item's fields turned out to be, split by whether they are sensitive. */
    private record Fields(ObjectNode plain, ObjectNode sensitive) {
    }

    public ValidatedForm validate(FormDefinition definition, JsonNode form) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> attachments = new ArrayList<>();
        JsonNode submitted = form == null || form.isNull() ? NODES.objectNode() : form;
        if (!submitted.isObject()) {
            throw invalid(List.of(FieldError.of("form", "WRONG_TYPE")));
        }
        Fields fields = fields(definition.attributes(), definition::attribute, submitted, "", errors, attachments);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new ValidatedForm(fields.plain(), fields.sensitive(), List.copyOf(attachments));
    }

    /** A rule of a line about several fields together reports the same way. */
    public static ApiProblem invalid(List<FieldError> errors) {
        return ApiProblem.invalidFields(422, "FORM_INVALID", errors);
    }

    public static FieldError error(String attribute, String code) {
        return FieldError.of("form." + attribute, code);
    }

    /** The fields of {@code object}, whose names in errors start with {@code prefix} (e.g. {@code household[0].}). */
    private static Fields fields(List<FormAttribute> attributes, Function<String, Optional<FormAttribute>> lookup,
            JsonNode object, String prefix, List<FieldError> errors, List<UUID> attachments) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (lookup.apply(name).isEmpty()) {
                errors.add(error(prefix + name, "UNKNOWN_ATTRIBUTE"));
            }
        }
        Fields fields = new Fields(NODES.objectNode(), NODES.objectNode());
        for (FormAttribute attribute : attributes) {
            String path = prefix + attribute.code();
            JsonNode value = object.get(attribute.code());
            if (FormValues.isEmpty(value)) {
                if (attribute.required()) {
                    errors.add(error(path, "REQUIRED"));
                }
                continue;
            }
            JsonNode accepted = check(attribute, path, value, errors, attachments);
            if (accepted != null) {
                (attribute.sensitive() ? fields.sensitive() : fields.plain()).set(attribute.code(), accepted);
            }
        }
        return fields;
    }

    /** {@code path} names the field in errors: {@code household} or, inside a list, {@code household[0].age}. */
    private static JsonNode check(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors,
            List<UUID> attachments) {
        int before = errors.size();
        JsonNode accepted = switch (attribute.datatype()) {
            case STRING, TEXT -> FormValues.text(attribute, path, value, errors);
            case NUMBER -> FormValues.number(attribute, path, value, errors);
            case MONEY -> FormValues.money(attribute, path, value, errors);
            case DATE -> FormValues.date(path, value, errors);
            case BOOLEAN -> value.isBoolean() ? value : FormValues.wrongType(path, errors);
            case SINGLE_CHOICE -> FormValues.choice(attribute, path, value, errors);
            case MULTI_CHOICE -> FormValues.choices(attribute, path, value, errors);
            case ATTACHMENT -> FormValues.attachmentIds(attribute, path, value, errors, attachments);
            case LIST -> list(attribute, path, value, errors, attachments);
        };
        return errors.size() == before ? accepted : null;
    }

    /**
     * Each item of a list is a small form of its own; errors name the item by its index, from 0.
     * The list is kept whole on the side its attribute says (a sensitive list is encrypted whole).
     */
    private static JsonNode list(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors,
            List<UUID> attachments) {
        if (!FormValues.isArrayWithinLimit(attribute, path, value, errors)) {
            return null;
        }
        ArrayNode accepted = NODES.arrayNode();
        for (int index = 0; index < value.size(); index++) {
            String itemPath = path + "[" + index + "]";
            JsonNode item = value.get(index);
            if (!item.isObject()) {
                FormValues.wrongType(itemPath, errors);
                continue;
            }
            Fields fields = fields(attribute.items(), attribute::item, item, itemPath + ".", errors, attachments);
            accepted.add(fields.plain().setAll(fields.sensitive()));
        }
        return accepted;
    }
}

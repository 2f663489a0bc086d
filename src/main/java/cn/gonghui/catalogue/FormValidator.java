package cn.gonghui.catalogue;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a submitted form against its definition, field by field, and reports every field that
 * is wrong at once (422 {@code FORM_INVALID}, fields named {@code form.<code>}).
 */
@ApplicationScoped
public class FormValidator {

    private static final Pattern MONEY = Pattern.compile("^\\d{1,12}(\\.\\d{1,2})?$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public ValidatedForm validate(FormDefinition definition, JsonNode form) {
        List<FieldError> errors = new ArrayList<>();
        ObjectNode plain = NODES.objectNode();
        ObjectNode sensitive = NODES.objectNode();
        List<UUID> attachments = new ArrayList<>();
        if (form == null || form.isNull()) {
            form = NODES.objectNode();
        }
        if (!form.isObject()) {
            throw invalid(List.of(new FieldError("form", "WRONG_TYPE", null)));
        }
        for (Iterator<String> names = form.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (definition.attribute(name).isEmpty()) {
                errors.add(error(name, "UNKNOWN_ATTRIBUTE"));
            }
        }
        for (FormAttribute attribute : definition.attributes()) {
            JsonNode value = form.get(attribute.code());
            if (isEmpty(value)) {
                if (attribute.required()) {
                    errors.add(error(attribute.code(), "REQUIRED"));
                }
                continue;
            }
            JsonNode accepted = check(attribute, attribute.code(), value, errors, attachments);
            if (accepted != null) {
                (attribute.sensitive() ? sensitive : plain).set(attribute.code(), accepted);
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new ValidatedForm(plain, sensitive, List.copyOf(attachments));
    }

    /** A rule of a line about several fields together reports the same way. */
    public static ApiProblem invalid(List<FieldError> errors) {
        return ApiProblem.invalidFields(422, "FORM_INVALID", errors);
    }

    public static FieldError error(String attribute, String code) {
        return new FieldError("form." + attribute, code, null);
    }

    /** {@code path} names the field in errors: {@code household} or, inside a list, {@code household[0].age}. */
    private static JsonNode check(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors,
            List<UUID> attachments) {
        int before = errors.size();
        JsonNode accepted = switch (attribute.datatype()) {
            case STRING, TEXT -> text(attribute, path, value, errors);
            case NUMBER -> number(attribute, path, value, errors);
            case MONEY -> money(attribute, path, value, errors);
            case DATE -> date(path, value, errors);
            case BOOLEAN -> value.isBoolean() ? value : wrongType(path, errors);
            case SINGLE_CHOICE -> choice(attribute, path, value, errors);
            case MULTI_CHOICE -> choices(attribute, path, value, errors);
            case ATTACHMENT -> attachmentIds(attribute, path, value, errors, attachments);
            case LIST -> list(attribute, path, value, errors, attachments);
        };
        return errors.size() == before ? accepted : null;
    }

    /** Each item of a list is a small form of its own; errors name the item by its index, from 0. */
    private static JsonNode list(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors,
            List<UUID> attachments) {
        if (!isArrayWithinLimit(attribute, path, value, errors)) {
            return null;
        }
        ArrayNode accepted = NODES.arrayNode();
        for (int index = 0; index < value.size(); index++) {
            String itemPath = path + "[" + index + "]";
            JsonNode item = value.get(index);
            if (!item.isObject()) {
                wrongType(itemPath, errors);
                continue;
            }
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (attribute.item(name).isEmpty()) {
                    errors.add(error(itemPath + "." + name, "UNKNOWN_ATTRIBUTE"));
                }
            }
            ObjectNode acceptedItem = accepted.addObject();
            for (FormAttribute field : attribute.items()) {
                JsonNode fieldValue = item.get(field.code());
                if (isEmpty(fieldValue)) {
                    if (field.required()) {
                        errors.add(error(itemPath + "." + field.code(), "REQUIRED"));
                    }
                    continue;
                }
                JsonNode checked = check(field, itemPath + "." + field.code(), fieldValue, errors, attachments);
                if (checked != null) {
                    acceptedItem.set(field.code(), checked);
                }
            }
        }
        return accepted;
    }

    private static JsonNode text(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual()) {
            return wrongType(path, errors);
        }
        String text = value.asText().strip();
        if (text.length() > attribute.maxLengthOrDefault()) {
            errors.add(error(path, "TOO_LONG"));
        } else if (attribute.pattern() != null && !Pattern.matches(attribute.pattern(), text)) {
            errors.add(error(path, "PATTERN"));
        }
        return NODES.textNode(text);
    }

    private static JsonNode number(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        if (!value.isNumber()) {
            return wrongType(path, errors);
        }
        return inRange(attribute, path, value.decimalValue(), errors) ? value : null;
    }

    private static JsonNode money(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual() || !MONEY.matcher(value.asText()).matches()) {
            errors.add(error(path, "MONEY_FORMAT"));
            return null;
        }
        BigDecimal amount = new BigDecimal(value.asText()).setScale(2, RoundingMode.UNNECESSARY);
        return inRange(attribute, path, amount, errors) ? NODES.textNode(amount.toPlainString()) : null;
    }

    private static boolean inRange(FormAttribute attribute, String path, BigDecimal amount, List<FieldError> errors) {
        if (attribute.min() != null && amount.compareTo(attribute.min()) < 0) {
            errors.add(error(path, "TOO_SMALL"));
            return false;
        }
        if (attribute.max() != null && amount.compareTo(attribute.max()) > 0) {
            errors.add(error(path, "TOO_LARGE"));
            return false;
        }
        return true;
    }

    private static JsonNode date(String path, JsonNode value, List<FieldError> errors) {
        try {
            return value.isTextual() ? NODES.textNode(LocalDate.parse(value.asText()).toString()) : wrongType(path, errors);
        } catch (DateTimeParseException e) {
            errors.add(error(path, "INVALID_DATE"));
            return null;
        }
    }

    private static JsonNode choice(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual()) {
            return wrongType(path, errors);
        }
        if (!allowedCodes(attribute).contains(value.asText())) {
            errors.add(error(path, "NOT_ALLOWED"));
        }
        return value;
    }

    private static JsonNode choices(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        if (!value.isArray()) {
            return wrongType(path, errors);
        }
        Set<String> allowed = allowedCodes(attribute);
        Set<String> chosen = new HashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || !allowed.contains(item.asText()) || !chosen.add(item.asText())) {
                errors.add(error(path, "NOT_ALLOWED"));
                return null;
            }
        }
        if (chosen.size() > attribute.maxItemsOrDefault()) {
            errors.add(error(path, "TOO_MANY"));
        }
        return value;
    }

    private static JsonNode attachmentIds(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors,
            List<UUID> attachments) {
        if (!isArrayWithinLimit(attribute, path, value, errors)) {
            return null;
        }
        ArrayNode ids = NODES.arrayNode();
        for (JsonNode item : value) {
            try {
                UUID id = UUID.fromString(item.asText());
                attachments.add(id);
                ids.add(id.toString());
            } catch (IllegalArgumentException e) {
                return wrongType(path, errors);
            }
        }
        return ids;
    }

    /** An array of no more items than the attribute allows; otherwise the error is added. */
    private static boolean isArrayWithinLimit(FormAttribute attribute, String path, JsonNode value,
            List<FieldError> errors) {
        if (!value.isArray()) {
            wrongType(path, errors);
            return false;
        }
        if (value.size() > attribute.maxItemsOrDefault()) {
            errors.add(error(path, "TOO_MANY"));
            return false;
        }
        return true;
    }

    private static Set<String> allowedCodes(FormAttribute attribute) {
        Set<String> codes = new HashSet<>();
        if (attribute.values() != null) {
            attribute.values().forEach(choice -> codes.add(choice.code()));
        }
        return codes;
    }

    private static JsonNode wrongType(String path, List<FieldError> errors) {
        errors.add(error(path, "WRONG_TYPE"));
        return null;
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isTextual() && value.asText().isBlank()
                || value.isArray() && value.isEmpty();
    }
}

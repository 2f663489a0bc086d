package cn.gonghui.catalogue;

import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.money.Money;
import cn.gonghui.platform.text.TextRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One submitted value checked against its attribute's datatype and limits: the accepted value
 * (normalised: stripped text, money to two places) or {@code null} with the error added.
 */
final class FormValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormValues() {
    }

    static JsonNode text(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual()) {
            return wrongType(path, errors);
        }
        String text = value.asText().strip();
        var refused = TextRule.violation(text, attribute.datatype() == FormAttribute.Datatype.TEXT);
        if (refused.isPresent()) {
            errors.add(FormValidator.error(path, refused.get()));
        } else if (text.codePointCount(0, text.length()) > attribute.maxLengthOrDefault()) {
            errors.add(FormValidator.error(path, "TOO_LONG"));
        } else if (attribute.pattern() != null && !Pattern.matches(attribute.pattern(), text)) {
            errors.add(FormValidator.error(path, "PATTERN"));
        }
        return NODES.textNode(text);
    }

    static JsonNode number(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        if (!value.isNumber()) {
            return wrongType(path, errors);
        }
        return inRange(attribute, path, value.decimalValue(), errors) ? value : null;
    }

    static JsonNode money(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        BigDecimal amount = Money.of(value).orElse(null);
        if (amount == null) {
            errors.add(FormValidator.error(path, "MONEY_FORMAT"));
            return null;
        }
        return inRange(attribute, path, amount, errors) ? NODES.textNode(amount.toPlainString()) : null;
    }

    static boolean inRange(FormAttribute attribute, String path, BigDecimal amount, List<FieldError> errors) {
        if (attribute.min() != null && amount.compareTo(attribute.min()) < 0) {
            errors.add(FormValidator.error(path, "TOO_SMALL"));
            return false;
        }
        if (attribute.max() != null && amount.compareTo(attribute.max()) > 0) {
            errors.add(FormValidator.error(path, "TOO_LARGE"));
            return false;
        }
        return true;
    }

    static JsonNode date(String path, JsonNode value, List<FieldError> errors) {
        try {
            return value.isTextual() ? NODES.textNode(LocalDate.parse(value.asText()).toString()) : wrongType(path, errors);
        } catch (DateTimeParseException e) {
            errors.add(FormValidator.error(path, "INVALID_DATE"));
            return null;
        }
    }

    static JsonNode choice(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual()) {
            return wrongType(path, errors);
        }
        if (!allowedCodes(attribute).contains(value.asText())) {
            errors.add(FormValidator.error(path, "NOT_ALLOWED"));
        }
        return value;
    }

    static JsonNode choices(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors) {
        if (!value.isArray()) {
            return wrongType(path, errors);
        }
        Set<String> allowed = allowedCodes(attribute);
        Set<String> chosen = new HashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || !allowed.contains(item.asText()) || !chosen.add(item.asText())) {
                errors.add(FormValidator.error(path, "NOT_ALLOWED"));
                return null;
            }
        }
        if (chosen.size() > attribute.maxItemsOrDefault()) {
            errors.add(FormValidator.error(path, "TOO_MANY"));
        }
        return value;
    }

    static JsonNode attachmentIds(FormAttribute attribute, String path, JsonNode value, List<FieldError> errors,
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
    static boolean isArrayWithinLimit(FormAttribute attribute, String path, JsonNode value,
            List<FieldError> errors) {
        if (!value.isArray()) {
            wrongType(path, errors);
            return false;
        }
        if (value.size() > attribute.maxItemsOrDefault()) {
            errors.add(FormValidator.error(path, "TOO_MANY"));
            return false;
        }
        return true;
    }

    static Set<String> allowedCodes(FormAttribute attribute) {
        Set<String> codes = new HashSet<>();
        if (attribute.values() != null) {
            attribute.values().forEach(choice -> codes.add(choice.code()));
        }
        return codes;
    }

    static JsonNode wrongType(String path, List<FieldError> errors) {
        errors.add(FormValidator.error(path, "WRONG_TYPE"));
        return null;
    }

    static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isTextual() && value.asText().isBlank()
                || value.isArray() && value.isEmpty();
    }
}

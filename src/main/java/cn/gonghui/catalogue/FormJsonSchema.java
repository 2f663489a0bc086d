package cn.gonghui.catalogue;

import cn.gonghui.platform.money.Money;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A form definition as a JSON Schema (draft 2020-12), so that generated clients get a typed form
 * and validators can check one before sending it. The same schema is served per service and, for
 * the forms the migrations seed, published in the contract.
 */
public final class FormJsonSchema {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormJsonSchema() {
    }

    public static ObjectNode of(FormDefinition form, String title, Locale locale) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", "urn:gonghui:form:" + form.serviceCode() + ":v" + form.version());
        schema.put("title", title);
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (FormAttribute attribute : form.attributes()) {
            properties.set(attribute.code(), property(attribute, locale));
            if (attribute.required()) {
                required.add(attribute.code());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode property(FormAttribute attribute, Locale locale) {
        ObjectNode property = NODES.objectNode();
        property.put("title", attribute.label().in(locale));
        if (attribute.help() != null) {
            property.put("description", attribute.help().in(locale));
        }
        switch (attribute.datatype()) {
            case STRING, TEXT -> {
                property.put("type", "string");
                property.put("maxLength", attribute.maxLengthOrDefault());
                if (attribute.pattern() != null) {
                    property.put("pattern", attribute.pattern());
                }
            }
            case NUMBER -> {
                property.put("type", "number");
                range(attribute, property);
            }
            case MONEY -> {
                property.put("type", "string");
                property.put("pattern", Money.PATTERN);
                property.put("maxLength", 15);
                property.put("description", (attribute.help() == null ? "" : attribute.help().in(locale) + " ")
                        + "（金额，元，两位小数 / amount in yuan, two decimals）");
            }
            case DATE -> {
                property.put("type", "string");
                property.put("format", "date");
                property.put("maxLength", 10);
            }
            case BOOLEAN -> property.put("type", "boolean");
            case SINGLE_CHOICE -> {
                property.put("type", "string");
                property.set("enum", codes(attribute));
            }
            case MULTI_CHOICE -> {
                property.put("type", "array");
                property.putObject("items").put("type", "string").set("enum", codes(attribute));
                property.put("uniqueItems", true);
                property.put("maxItems", attribute.maxItemsOrDefault());
            }
            case ATTACHMENT -> {
                property.put("type", "array");
                property.putObject("items").put("type", "string").put("format", "uuid").put("maxLength", 36);
                property.put("maxItems", attribute.maxItemsOrDefault());
            }
            case LIST -> {
                property.put("type", "array");
                property.put("maxItems", attribute.maxItemsOrDefault());
                ObjectNode item = property.putObject("items");
                item.put("type", "object");
                ObjectNode itemProperties = item.putObject("properties");
                ArrayNode itemRequired = NODES.arrayNode();
                for (FormAttribute field : attribute.items()) {
                    itemProperties.set(field.code(), property(field, locale));
                    if (field.required()) {
                        itemRequired.add(field.code());
                    }
                }
                if (!itemRequired.isEmpty()) {
                    item.set("required", itemRequired);
                }
                item.put("additionalProperties", false);
            }
        }
        return property;
    }

    private static void range(FormAttribute attribute, ObjectNode property) {
        if (attribute.min() != null) {
            property.put("minimum", attribute.min());
        }
        if (attribute.max() != null) {
            property.put("maximum", attribute.max());
        }
    }

    private static ArrayNode codes(FormAttribute attribute) {
        ArrayNode codes = NODES.arrayNode();
        attribute.values().forEach(choice -> codes.add(choice.code()));
        return codes;
    }
}

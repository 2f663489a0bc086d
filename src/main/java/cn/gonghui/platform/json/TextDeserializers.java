package cn.gonghui.platform.json;

import cn.gonghui.platform.text.MultiLineText;
import cn.gonghui.platform.text.TextRule;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Holds every text read from JSON to {@link TextRule}: record fields as strings, and free JSON
 * (an application's form, a line's result) value by value and key by key. A refusal names the
 * field by its JSON path, like every other field error.
 */
final class TextDeserializers {

    private TextDeserializers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("gonghui-text");
        module.addDeserializer(String.class, new CheckedString(false));
        module.addDeserializer(JsonNode.class, new CheckedTree());
        return module;
    }

    /** A string field; one marked {@link MultiLineText} keeps its line breaks. */
    private static final class CheckedString extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        CheckedString(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean marked = property != null && property.getAnnotation(MultiLineText.class) != null;
            return marked == multiLine ? this : new CheckedString(marked);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken().isScalarValue() && parser.currentToken() != JsonToken.VALUE_STRING
                    && parser.currentToken() != JsonToken.VALUE_NULL) {
                // refused as a wrong type, as before, but through the context, so a reader that names
                // every wrong field at once (RecordReader) can note it and read on
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                check(parser, text, multiLine);
            }
            return text;
        }
    }

    /**
     * Free JSON: its texts may be multi-line (a form's "text" fields are; the form's own rules
     * refuse line breaks in its single-line fields, by name), its keys never.
     */
    private static final class CheckedTree extends JsonDeserializer<JsonNode> {

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(parser, context);
            walk(parser, tree);
            return tree;
        }

        /** As Jackson's own: JSON {@code null} is a null node, a property left out is Java {@code null}. */
        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return NullNode.getInstance();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }

        private static void walk(JsonParser parser, JsonNode node) throws RefusedText {
            if (node.isTextual()) {
                check(parser, node.textValue(), true);
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        walk(parser, node.get(i));
                    } catch (RefusedText refused) {
                        refused.prependPath(node, i);
                        throw refused;
                    }
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    try {
                        check(parser, field.getKey(), false);
                        walk(parser, field.getValue());
                    } catch (RefusedText refused) {
                        refused.prependPath(node, field.getKey());
                        throw refused;
                    }
                }
            }
        }
    }

    private static void check(JsonParser parser, String text, boolean multiLine) throws RefusedText {
        var violation = TextRule.violation(text, multiLine);
        if (violation.isPresent()) {
            throw new RefusedText(parser, violation.get());
        }
    }
}

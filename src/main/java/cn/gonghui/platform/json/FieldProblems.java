package cn.gonghui.platform.json;

import cn.gonghui.platform.error.FieldError;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lets Jackson read on past a wrong value and notes where it was, so one reading names every
 * wrong field of a record instead of stopping at the first: an unknown property, a value of the
 * wrong JSON type, a value outside an enumeration. A deserializer that knows better names its own
 * rule as the message of {@link DeserializationContext#handleWeirdStringValue}, e.g. MONEY_FORMAT.
 */
final class FieldProblems extends DeserializationProblemHandler {

    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    void add(String field, String code) {
        errors.add(FieldError.of(field, code));
    }

    boolean reported(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field) || field.startsWith(error.field() + ".")
                || field.startsWith(error.field() + "["));
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
        add(pathOf(parser.getParsingContext()), "UNKNOWN_FIELD");
        parser.skipChildren();
        return true;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
            JsonParser parser, String failureMessage) throws IOException {
        return wrongType(parser);
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext context, Class<?> instanceClass,
            ValueInstantiator instantiator, JsonParser parser, String message) throws IOException {
        return wrongType(parser);
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
            String failureMessage) {
        return notAllowed(context, failureMessage);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
            String failureMessage) {
        return notAllowed(context, failureMessage);
    }

    private Object wrongType(JsonParser parser) throws IOException {
        add(pathOf(parser.getParsingContext()), "WRONG_TYPE");
        parser.skipChildren();
        return null;
    }

    private Object notAllowed(DeserializationContext context, String failureMessage) {
        boolean coded = failureMessage != null && CODE.matcher(failureMessage).matches();
        add(pathOf(context.getParser().getParsingContext()), coded ? failureMessage : "NOT_ALLOWED");
        return null;
    }

    /**
     * {@code outcome.kind}, {@code children[2].age}: where the parser is. A container the parser has
     * just opened names nothing yet, so the path is its parent's.
     */
    static String pathOf(JsonStreamContext at) {
        JsonStreamContext context = at != null && !at.hasPathSegment() ? at.getParent() : at;
        StringBuilder path = new StringBuilder();
        for (; context != null; context = context.getParent()) {
            if (context.inObject() && context.hasCurrentName()) {
                path.insert(0, "." + context.getCurrentName());
            } else if (context.inArray() && context.hasCurrentIndex()) {
                path.insert(0, "[" + context.getCurrentIndex() + "]");
            }
        }
        return path.isEmpty() || path.charAt(0) != '.' ? path.toString() : path.substring(1);
    }
}

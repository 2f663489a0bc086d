package cn.gonghui.platform.money;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A record field of money as clients write it ({@link Money}), kept as its two-place text
 * ({@code "8600"} is read as {@code "8600.00"}); anything else, a JSON number included, is refused
 * with the field error MONEY_FORMAT. Use with {@code @JsonDeserialize(using = WrittenMoney.class)}.
 */
public final class WrittenMoney extends StdScalarDeserializer<String> {

    public static final String MONEY_FORMAT = "MONEY_FORMAT";

    public WrittenMoney() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken().isStructStart()) {
            parser.skipChildren();
        }
        boolean text = parser.currentToken() == JsonToken.VALUE_STRING;
        Optional<BigDecimal> amount = text ? Money.parse(parser.getText()) : Optional.empty();
        if (amount.isPresent()) {
            return amount.get().toPlainString();
        }
        String written = parser.currentToken().isScalarValue() ? parser.getText() : "";
        return (String) context.handleWeirdStringValue(String.class, written, MONEY_FORMAT);
    }
}

package cn.gonghui.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.card.CardNumber;
import cn.gonghui.identity.IdNumber;
import cn.gonghui.membership.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every example of the contract is valid against the schema it illustrates: schema {@code examples},
 * and the {@code example} / {@code examples} of media types, parameters and headers. An integrator
 * who copies an example gets a request the service accepts, or reads a response the service could send.
 */
class ContractExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyExampleValidatesAgainstItsSchema() throws IOException {
        Contract contract = Contract.load();
        JsonNode document = JSON.readTree(Files.readString(Contract.FILE));
        List<String> invalid = new ArrayList<>();
        int[] checked = {0};
        walk(document, "", (pointer, example, schemaPointer) -> {
            checked[0]++;
            List<String> violations = contract.violations(schemaPointer, example.toString());
            if (!violations.isEmpty()) {
                invalid.add(pointer + " = " + example + ": " + violations);
            }
        });
        assertThat(checked[0]).isGreaterThan(500);
        assertThat(invalid).isEmpty();
    }

    /**
     * The examples of values the service checks beyond their schema pass the service's own checks: a
     * card number its Luhn digit ({@code card.CardNumber}), an ID number GB 11643 ({@code identity.IdNumber}),
     * a unified social credit code its check character ({@code membership.CreditCode}). Masked values
     * ({@code ****}) are views, not input, and are left alone.
     */
    @Test
    void everyExampleOfACheckedValuePassesTheServicesOwnCheck() throws IOException {
        JsonNode document = JSON.readTree(Files.readString(Contract.FILE));
        Map<String, Predicate<String>> rules = Map.of(
                "cardNumber", text -> CardNumber.parse(text).isPresent(),
                "fullCardNumber", text -> CardNumber.parse(text).isPresent(),
                "idNumber", ContractExamplesTest::validIdNumber,
                "creditCode", CreditCode::isValid);
        List<String> invalid = new ArrayList<>();
        int[] checked = {0};
        walk(document, "", (pointer, example, schemaPointer) -> {
            String property = schemaPointer.contains("/properties/")
                    ? schemaPointer.substring(schemaPointer.lastIndexOf('/') + 1) : "";
            fieldsOf(property, example, (name, text) -> {
                Predicate<String> rule = rules.get(name);
                if (rule != null && !text.contains("*")) {
                    checked[0]++;
                    if (!rule.test(text)) {
                        invalid.add(pointer + ": " + name + " " + text);
                    }
                }
            });
        });
        assertThat(checked[0]).isGreaterThanOrEqualTo(5);
        assertThat(invalid).isEmpty();
    }

    /** Every text of an example with the name of the field that holds it. */
    private static void fieldsOf(String name, JsonNode value, BiConsumer<String, String> text) {
        if (value.isTextual()) {
            text.accept(name, value.asText());
        } else if (value.isObject()) {
            value.properties().forEach(field -> fieldsOf(field.getKey(), field.getValue(), text));
        } else if (value.isArray()) {
            value.forEach(element -> fieldsOf(name, element, text));
        }
    }

    private static boolean validIdNumber(String text) {
        try {
            IdNumber.parse(text, LocalDate.of(2026, 12, 1));
            return true;
        } catch (IdNumber.Invalid invalid) {
            return false;
        }
    }

    private interface ExampleCheck {
        void check(String examplePointer, JsonNode example, String schemaPointer);
    }

    private static void walk(JsonNode node, String pointer, ExampleCheck check) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, check);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean wrapsSchema = node.has("schema") && node.get("schema").isObject();
        String schemaPointer = wrapsSchema ? pointer + "/schema" : pointer;
        if (node.has("example")) {
            check.check(pointer + "/example", node.get("example"), schemaPointer);
        }
        JsonNode examples = node.path("examples");
        if (examples.isArray()) {
            for (int i = 0; i < examples.size(); i++) {
                check.check(pointer + "/examples/" + i, examples.get(i), schemaPointer);
            }
        } else if (examples.isObject() && wrapsSchema) {
            examples.properties().forEach(named -> {
                if (named.getValue().has("value")) {
                    check.check(pointer + "/examples/" + Contract.escape(named.getKey()) + "/value",
                            named.getValue().get("value"), schemaPointer);
                }
            });
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            String name = child.getKey();
            if (name.equals("example") || name.equals("examples") || name.startsWith("x-")) {
                continue;
            }
            walk(child.getValue(), pointer + "/" + Contract.escape(name), check);
        }
    }
}

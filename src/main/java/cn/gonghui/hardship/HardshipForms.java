package cn.gonghui.hardship;

import cn.gonghui.application.Application;
import cn.gonghui.application.ApplicationSubmission;
import cn.gonghui.privacy.FieldCipher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a hardship application's whole form back: the engine hands the line the ordinary part,
 * but nearly all of a hardship form (household, incomes, health) is sensitive and stored encrypted.
 */
@ApplicationScoped
public class HardshipForms {

    private final FieldCipher cipher;
    private final ObjectMapper json;

    public HardshipForms(FieldCipher cipher, ObjectMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    /** The ordinary and the decrypted sensitive values in one object. */
    public ObjectNode whole(Application application) {
        ObjectNode form = read(application.form);
        if (application.formSensitive != null) {
            form.setAll(read(cipher.decrypt(ApplicationSubmission.SENSITIVE_FORM, application.formSensitive)));
        }
        return form;
    }

    public ObjectNode read(String text) {
        JsonNode node = text == null ? json.createObjectNode() : tree(text);
        return node.isObject() ? (ObjectNode) node : json.createObjectNode();
    }

    public JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored hardship value is not JSON", e);
        }
    }

    static BigDecimal money(JsonNode form, String field) {
        JsonNode value = form.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
    }

    static Set<String> codes(JsonNode form, String field) {
        Set<String> codes = new LinkedHashSet<>();
        form.path(field).forEach(code -> codes.add(code.asText()));
        return codes;
    }
}

package cn.gonghui.application;

import cn.gonghui.privacy.FieldCipher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An application's form as stored: the ordinary part in clear, the sensitive part (income, health,
 * household) encrypted. This reads either part, or both as the applicant filled them in.
 */
@ApplicationScoped
public class ApplicationForms {

    private final FieldCipher cipher;
    private final ObjectMapper json;

    public ApplicationForms(FieldCipher cipher, ObjectMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    /** The ordinary values and the decrypted sensitive ones, in one object. */
    public ObjectNode whole(Application application) {
        ObjectNode form = plain(application);
        form.setAll(sensitive(application));
        return form;
    }

    /** A copy of the ordinary values, the caller's to change. */
    public ObjectNode plain(Application application) {
        return application.form == null ? json.createObjectNode() : application.form.deepCopy();
    }

    /** The decrypted sensitive values; an empty object when there are none. */
    public ObjectNode sensitive(Application application) {
        return application.formSensitive == null ? json.createObjectNode()
                : read(cipher.decrypt(ApplicationSubmission.SENSITIVE_FORM, application.formSensitive));
    }

    private ObjectNode read(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored form's sensitive part is not JSON", e);
        }
    }
}

package cn.gonghui.membership;

import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.platform.error.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The employment part the membership forms share: an employer with its credit code, or, for gig
 * workers, an occupation; and the union to join, the employer's own when it has one.
 */
record MembershipForm(String employerName, String creditCode, String employerUnion, String occupation) {

    static MembershipForm of(JsonNode form) {
        return new MembershipForm(text(form, "employerName"), text(form, "creditCode"), text(form, "employerUnion"),
                text(form, "occupation"));
    }

    /** The rules across fields that a form definition cannot express. */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        if (employerName == null && occupation == null) {
            errors.add(FormValidator.error("employerName", "EMPLOYER_OR_OCCUPATION_REQUIRED"));
        }
        if (employerName != null && creditCode == null) {
            errors.add(FormValidator.error("creditCode", "REQUIRED"));
        }
        if (creditCode != null && !CreditCode.isValid(creditCode)) {
            errors.add(FormValidator.error("creditCode", "CREDIT_CODE_CHECKSUM"));
        }
        if (!errors.isEmpty()) {
            throw FormValidator.invalid(errors);
        }
    }

    /** The employer's union when named, otherwise the street's joint union (联合工会). */
    String unionIn(String streetName) {
        return employerUnion != null ? employerUnion : streetName + "街道联合工会";
    }

    private static String text(JsonNode form, String field) {
        JsonNode value = form.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}

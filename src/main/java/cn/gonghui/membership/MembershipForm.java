package cn.gonghui.membership;

import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.platform.error.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The membership lines' view of their forms, the employment part both share: an employer with its
 * credit code, or, for gig workers, an occupation; and the union to join, the employer's own when it
 * has one. Each is absent or stripped, non-blank text: the form's definition saw to that.
 */
record MembershipForm(String employerName, String creditCode, String employerUnion, String occupation) {

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
}

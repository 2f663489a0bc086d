package cn.gonghui.mutualaid;

import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.platform.error.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Mutual aid's view of a filed claim: the hospital stay. Dates are read as the text the form holds
 * (the form's own check made them ISO dates).
 */
public record ClaimForm(String admittedOn, String dischargedOn, String hospitalName, String hospitalLevel,
        BigDecimal totalCost, BigDecimal insurancePaid, BigDecimal selfPaid, List<UUID> invoices) {

    public LocalDate admitted() {
        return LocalDate.parse(admittedOn);
    }

    public LocalDate discharged() {
        return LocalDate.parse(dischargedOn);
    }

    public HospitalLevel level() {
        return HospitalLevel.ofCode(hospitalLevel);
    }

    public ClaimComputation.Stay stay() {
        return new ClaimComputation.Stay(admitted(), discharged(), level(), selfPaid);
    }

    /**
     * The rules across fields: a discharge not before the admission and not in the future, the parts
     * of the cost not above the whole; a member's own claim brings its invoices (a settlement of the
     * medical insurance is its own proof).
     */
    void check(LocalDate today, boolean fromSettlement) {
        List<FieldError> errors = new ArrayList<>();
        if (discharged().isBefore(admitted())) {
            errors.add(FormValidator.error("dischargedOn", "BEFORE_ADMISSION"));
        }
        if (discharged().isAfter(today)) {
            errors.add(FormValidator.error("dischargedOn", "IN_THE_FUTURE"));
        }
        if (selfPaid.add(insurancePaid).compareTo(totalCost) > 0) {
            errors.add(FormValidator.error("selfPaid", "PARTS_ABOVE_TOTAL"));
        }
        if (!fromSettlement && (invoices == null || invoices.isEmpty())) {
            errors.add(FormValidator.error("invoices", "REQUIRED"));
        }
        if (!errors.isEmpty()) {
            throw FormValidator.invalid(errors);
        }
    }
}

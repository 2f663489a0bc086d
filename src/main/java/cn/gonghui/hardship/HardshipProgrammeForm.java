package cn.gonghui.hardship;

import java.math.BigDecimal;
import java.util.List;

/**
 * The programmes' view of their forms: education aid names the children (by their place in the
 * file's household) and their school level, medical aid the amount requested; the living subsidy's
 * form has neither. What a form lacks is empty: no children, no amount.
 */
record HardshipProgrammeForm(List<Child> children, BigDecimal amountRequested) {

    HardshipProgrammeForm {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A child for whom education aid is asked: the household member on file and the school level. */
    record Child(int householdMember, String schoolLevel) {
    }

    /** Medical aid's amount requested; none counts as nothing requested. */
    BigDecimal requested() {
        return amountRequested == null ? BigDecimal.ZERO : amountRequested;
    }
}

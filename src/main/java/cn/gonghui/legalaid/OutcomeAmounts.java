package cn.gonghui.legalaid;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The amounts a legal-aid outcome carries follow its kind: a mediation has its mediated amount, an
 * award, a judgment or a settlement may have the amount awarded, and no other kind has either.
 * Each violation names the amount and its code (REQUIRED, ONLY_FOR_OTHER_OUTCOMES).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OutcomeAmounts.Check.class)
public @interface OutcomeAmounts {

    String message() default "ONLY_FOR_OTHER_OUTCOMES";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OutcomeAmounts, LegalAidOutcome> {

        @Override
        public boolean isValid(LegalAidOutcome outcome, ConstraintValidatorContext context) {
            if (outcome == null || outcome.kind() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean mediated = outcome.kind() == LegalAidOutcome.Kind.MEDIATED;
            boolean valid = true;
            if (mediated && outcome.mediatedAmount() == null) {
                valid = violation(context, "mediatedAmount", "REQUIRED");
            } else if (!mediated && outcome.mediatedAmount() != null) {
                valid = violation(context, "mediatedAmount", "ONLY_FOR_OTHER_OUTCOMES");
            }
            if (outcome.awardedAmount() != null && !LegalAidOutcome.Kind.WITH_AWARD.contains(outcome.kind())) {
                valid = violation(context, "awardedAmount", "ONLY_FOR_OTHER_OUTCOMES");
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String code) {
            context.buildConstraintViolationWithTemplate(code).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}

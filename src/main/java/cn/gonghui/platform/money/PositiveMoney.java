package cn.gonghui.platform.money;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of money, as written text, of at least one fen (field error TOO_SMALL). A text that is
 * not money at all is {@link WrittenMoney}'s to refuse, so it passes here.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PositiveMoney.Check.class)
public @interface PositiveMoney {

    String message() default "TOO_SMALL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PositiveMoney, String> {

        @Override
        public boolean isValid(String amount, ConstraintValidatorContext context) {
            return Money.parse(amount).map(money -> money.signum() > 0).orElse(true);
        }
    }
}

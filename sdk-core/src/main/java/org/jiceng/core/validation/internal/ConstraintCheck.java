package org.jiceng.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * One initialised constraint validator with the context it is called with. Not API.
 *
 * @param validator the validator Hibernate Validator would pick for the constraint and the value's type
 * @param context a context that accepts, and drops, whatever a failing validator reports
 * @param constraint the constraint's annotation type, for diagnostics
 */
record ConstraintCheck(ConstraintValidator<?, Object> validator, ConstraintValidatorContext context,
        Class<?> constraint) {

    boolean isValid(@Nullable Object value) {
        return validator.isValid(value, context);
    }
}

package org.jiceng.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jiceng.core.validation.NotBlankIfPresent;
import org.jspecify.annotations.Nullable;

/** Validates {@link NotBlankIfPresent}. Not API. */
public final class NotBlankIfPresentValidator implements ConstraintValidator<NotBlankIfPresent, CharSequence> {

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || !value.toString().isBlank();
    }
}

package org.jiceng.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.validation.PhoneNumber;
import org.jiceng.core.validation.PhoneNumbers;
import org.jspecify.annotations.Nullable;

/** Validates {@link PhoneNumber}. Not API. */
public final class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, CharSequence> {

    private static final String DEFAULT_MESSAGE = "{org.jiceng.core.validation.PhoneNumber.message}";

    private String message;

    @Override
    public void initialize(PhoneNumber annotation) {
        message = annotation.message();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<PhoneNumbers.Problem> problem = PhoneNumbers.explain(value.toString());
        return problem.isEmpty()
                || ProblemReporter.report(context, message, DEFAULT_MESSAGE, problem.get(), Map.of());
    }
}

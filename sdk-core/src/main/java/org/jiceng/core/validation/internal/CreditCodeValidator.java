package org.jiceng.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.validation.CreditCode;
import org.jiceng.core.validation.CreditCodes;
import org.jspecify.annotations.Nullable;

/** Validates {@link CreditCode}. Not API. */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

    private static final String DEFAULT_MESSAGE = "{org.jiceng.core.validation.CreditCode.message}";

    private String message;

    @Override
    public void initialize(CreditCode annotation) {
        message = annotation.message();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String code = value.toString();
        Optional<CreditCodes.Problem> problem = CreditCodes.explain(code);
        if (problem.isEmpty()) {
            return true;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("length", code.length());
        if (problem.get() == CreditCodes.Problem.CHECK_CHARACTER) {
            parameters.put("expected", String.valueOf(CreditCodes.checkCharacter(code.substring(0, 17))));
        } else if (problem.get() == CreditCodes.Problem.ORGANIZATION_CODE) {
            parameters.put("expected", String.valueOf(CreditCodes.organizationCheckCharacter(code.substring(8, 16))));
        }
        return ProblemReporter.report(context, message, DEFAULT_MESSAGE, problem.get(), parameters);
    }
}

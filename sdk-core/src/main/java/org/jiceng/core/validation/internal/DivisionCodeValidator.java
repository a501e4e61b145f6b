package org.jiceng.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.core.validation.DivisionCode;
import org.jiceng.core.validation.DivisionCodes;
import org.jiceng.core.validation.DivisionLevel;
import org.jspecify.annotations.Nullable;

/** Validates {@link DivisionCode}. Not API. */
public final class DivisionCodeValidator implements ConstraintValidator<DivisionCode, CharSequence> {

    private static final String DEFAULT_MESSAGE = "{org.jiceng.core.validation.DivisionCode.message}";

    private Set<DivisionLevel> levels;
    private String message;

    @Override
    public void initialize(DivisionCode annotation) {
        levels = annotation.levels().length == 0
                ? EnumSet.allOf(DivisionLevel.class) : EnumSet.copyOf(Arrays.asList(annotation.levels()));
        message = annotation.message();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String code = value.toString();
        Optional<DivisionCodes.Problem> problem = DivisionCodes.explain(code);
        if (problem.isPresent()) {
            return ProblemReporter.report(context, message, DEFAULT_MESSAGE, problem.get(),
                    Map.of("length", code.length()));
        }
        DivisionLevel level = DivisionCodes.levelOf(code).orElseThrow();
        if (levels.contains(level)) {
            return true;
        }
        String allowed = levels.stream().map(DivisionLevel::name).collect(Collectors.joining(", "));
        return ProblemReporter.report(context, message, DEFAULT_MESSAGE, DivisionCodes.Problem.LEVEL,
                Map.of("actual", level.name(), "allowed", allowed));
    }
}

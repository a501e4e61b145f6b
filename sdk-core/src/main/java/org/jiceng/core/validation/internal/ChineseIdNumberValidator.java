package org.jiceng.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.validation.ChineseIdNumber;
import org.jiceng.core.validation.IdNumbers;
import org.jspecify.annotations.Nullable;

/** Validates {@link ChineseIdNumber}. Not API. */
public final class ChineseIdNumberValidator implements ConstraintValidator<ChineseIdNumber, CharSequence> {

    private static final String DEFAULT_MESSAGE = "{org.jiceng.core.validation.ChineseIdNumber.message}";
    private static final ZoneId CHINA = org.jiceng.core.time.ChinaTime.ZONE;

    // The Chinese calendar day last asked for; shared by all threads (an immutable value: a race only
    // computes it twice). Any clock's instant inside [fromMillis, toMillis) falls on that day in China.
    private static Day lastDay = new Day(0, 0, LocalDate.EPOCH);

    private boolean allowLegacy15;
    private String message;

    /** One calendar day in Asia/Shanghai as a half-open range of epoch milliseconds. */
    private record Day(long fromMillis, long toMillis, LocalDate date) {

        static Day containing(long millis) {
            LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(millis), CHINA);
            return new Day(date.atStartOfDay(CHINA).toInstant().toEpochMilli(),
                    date.plusDays(1).atStartOfDay(CHINA).toInstant().toEpochMilli(), date);
        }
    }

    /**
     * @param clock the validator's clock
     * @return the clock's current date in Asia/Shanghai, computed once per day rather than per value
     */
    static LocalDate today(Clock clock) {
        long now = clock.millis();
        Day day = lastDay;
        if (now < day.fromMillis() || now >= day.toMillis()) {
            day = Day.containing(now);
            lastDay = day;
        }
        return day.date();
    }

    @Override
    public void initialize(ChineseIdNumber annotation) {
        allowLegacy15 = annotation.allowLegacy15();
        message = annotation.message();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String idNumber = value.toString();
        // Birth dates are Chinese calendar days: "today" is taken in Asia/Shanghai from the configured clock.
        LocalDate today = today(context.getClockProvider().getClock());
        Optional<IdNumbers.Problem> problem = allowLegacy15 && idNumber.length() == IdNumbers.LEGACY_LENGTH
                ? IdNumbers.explainLegacy15(idNumber, today)
                : IdNumbers.explain(idNumber, today);
        if (problem.isEmpty()) {
            return true;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("length", idNumber.length());
        // Never name the expected check character: with the 17 digits echoed beside it, it would
        // disclose the valid ID number of a person (credit codes of organisations may name theirs).
        return ProblemReporter.report(context, message, DEFAULT_MESSAGE, problem.get(), parameters);
    }
}

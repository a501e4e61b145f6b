package org.jiceng.scoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a {@link Parameter}, in force from a date until the next value's date
 * (OpenFisca style).
 *
 * @param from first day (Asia/Shanghai) the value applies
 * @param value the value in hundredths
 */
public record DatedValue(LocalDate from, long value) {

    /**
     * Validates the date.
     *
     * @param from first day (Asia/Shanghai) the value applies
     * @param value the value in hundredths
     */
    public DatedValue {
        Objects.requireNonNull(from, "from");
    }
}

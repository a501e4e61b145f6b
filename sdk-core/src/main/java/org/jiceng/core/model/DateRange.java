package org.jiceng.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open range of dates {@code [from, to)}: {@code from} is included, {@code to} is not, and an
 * empty {@code to} means open-ended. Memberships, posts and grid assignments all use it, so that a
 * term ending on 2024-01-01 and the next one starting that day do not overlap.
 *
 * @param from first day included
 * @param to first day no longer included, or empty when open-ended
 */
public record DateRange(@NotNull LocalDate from, @NotNull Optional<LocalDate> to) {

    /**
     * Validates that {@code to} is after {@code from}.
     *
     * @param from first day included
     * @param to first day no longer included, or empty when open-ended
     */
    public DateRange {
        Objects.requireNonNull(from, "from");
        to = Objects.requireNonNull(to, "to must not be null");
        if (to.isPresent() && !to.get().isAfter(from)) {
            throw new IllegalArgumentException("DateRange end " + to.get() + " must be after its start " + from);
        }
    }

    /**
     * The start of a range whose first day is not known (a membership published without a start date):
     * the range is open at both ends until the record says more. Formats that write dates leave it out.
     */
    public static final LocalDate UNKNOWN_START = LocalDate.MIN;

    /** @return false when the range starts at {@link #UNKNOWN_START} */
    public boolean hasKnownStart() {
        return !from.equals(UNKNOWN_START);
    }

    /**
     * @param from first day included
     * @return an open-ended range
     */
    public static DateRange startingOn(LocalDate from) {
        return new DateRange(from, Optional.empty());
    }

    /**
     * @param from first day included
     * @param to first day excluded
     * @return a closed range
     */
    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, Optional.of(to));
    }

    /**
     * @param day a date
     * @return true when {@code from <= day < to}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && to.map(day::isBefore).orElse(true);
    }

    /**
     * @param other another range
     * @return true when the two ranges share at least one day
     */
    public boolean overlaps(DateRange other) {
        boolean thisStartsBeforeOtherEnds = other.to.map(from::isBefore).orElse(true);
        boolean otherStartsBeforeThisEnds = to.map(other.from::isBefore).orElse(true);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * @param outer a range
     * @return true when every day of this range is inside {@code outer}
     */
    public boolean within(DateRange outer) {
        if (from.isBefore(outer.from)) {
            return false;
        }
        if (outer.to.isEmpty()) {
            return true;
        }
        return to.isPresent() && !to.get().isAfter(outer.to.get());
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to.map(LocalDate::toString).orElse("∞") + ")";
    }
}

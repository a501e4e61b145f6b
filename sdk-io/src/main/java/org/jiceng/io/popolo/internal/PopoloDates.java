package org.jiceng.io.popolo.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Popolo's possibly partial dates ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}). Not API. */
public final class PopoloDates {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

    private PopoloDates() {
    }

    /**
     * @param text a Popolo date
     * @return its first day
     * @throws IllegalArgumentException when not a valid Popolo date
     */
    public static LocalDate firstDay(String text) {
        check(text);
        try {
            return switch (text.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(text), 1, 1);
                case 7 -> YearMonth.parse(text).atDay(1);
                default -> LocalDate.parse(text);
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date: " + e.getMessage(), e);
        }
    }

    /**
     * @param text a Popolo date
     * @return its last day
     * @throws IllegalArgumentException when not a valid Popolo date
     */
    public static LocalDate lastDay(String text) {
        check(text);
        try {
            return switch (text.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(text), 12, 31);
                case 7 -> YearMonth.parse(text).atEndOfMonth();
                default -> LocalDate.parse(text);
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date: " + e.getMessage(), e);
        }
    }

    private static void check(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a Popolo date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
}

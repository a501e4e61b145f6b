package org.jiceng.examples.demo.generate;

/**
 * A data error the generator planted on purpose, as real registers have them, so that the demo's
 * validation and integrity steps have something true to find.
 *
 * @param kind what is wrong, e.g. {@code id-check-digit}
 * @param recordId the record that carries it
 * @param detail what exactly was changed
 */
public record InjectedDefect(String kind, String recordId, String detail) {

    /** A resident ID number whose check character was changed. */
    public static final String ID_CHECK_DIGIT = "id-check-digit";
    /** A credit code whose check character was changed. */
    public static final String CREDIT_CHECK = "credit-code-check";
    /** A member transferred to a second branch while the first membership was never ended. */
    public static final String OVERLAPPING_MEMBERSHIP = "overlapping-membership";
}

package org.jiceng.io.report;

import java.util.Objects;

/**
 * Why an import stopped before the end of its source, as recorded in the {@link ImportReport}.
 *
 * @param code what stopped it
 * @param location where it stopped (the last row read)
 * @param messageZh Chinese message
 * @param messageEn English message
 */
public record StopReason(Code code, SourceLocation location, String messageZh, String messageEn) {

    /** What stopped an import. */
    public enum Code {
        /** The error policy was {@code STOP_ON_FIRST} and a row was rejected. */
        FIRST_ERROR,
        /** The maximum number of rejected rows was reached. */
        MAX_ERRORS
    }

    /**
     * Validates the components.
     *
     * @param code what stopped it
     * @param location where it stopped (the last row read)
     * @param messageZh Chinese message
     * @param messageEn English message
     * @throws NullPointerException if any component is null
     */
    public StopReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}

package org.jiceng.cases;

/**
 * FixMyStreet-style families of case states: is the case still being worked on, was it fixed, or was
 * it closed without a fix. Open311 reports the first as {@code open} and the other two as {@code closed}.
 */
public enum StatusFamily {
    /** Still being handled. */
    OPEN,
    /** Handled: resolved, evaluated or closed after resolution (办结). */
    FIXED,
    /** Closed without a fix: a duplicate or a rejected case. */
    CLOSED_UNFIXED
}

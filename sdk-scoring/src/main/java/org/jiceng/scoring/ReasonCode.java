package org.jiceng.scoring;

/**
 * Why a score line granted what it did.
 */
public enum ReasonCode {
    /** Awarded in full. */
    AWARDED,
    /** Deducted in full (a penalty). */
    DEDUCTED,
    /** Partly granted: the period cap left less room than requested. */
    CAPPED,
    /** Nothing granted: the period cap was already used up. */
    CAP_REACHED,
    /** Nothing granted: a once-only rule already awarded an event of this subject in this period. */
    ALREADY_AWARDED,
    /** Granted at the time but expired by {@code asOf}; it no longer counts. */
    EXPIRED
}

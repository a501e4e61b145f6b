package org.jiceng.scoring;

/**
 * What a {@link CompositeIndex} does when a subject has no value for an indicator.
 */
public enum MissingIndicatorPolicy {
    /** The subject gets no score; the result lists the missing indicators. */
    FAIL,
    /** A missing indicator counts as 0. */
    ZERO,
    /** The weights of the indicators present are scaled up to fill the missing ones' share. */
    REWEIGHT
}

package org.jiceng.scoring;

import java.util.Objects;

/**
 * How to run a scoring pass.
 *
 * @param detail whether to materialise explained lines or only totals
 * @param parallel whether to score subjects in parallel (results are identical to sequential)
 */
public record ScoringOptions(Detail detail, boolean parallel) {

    /**
     * Checks the detail level is present.
     *
     * @param detail whether to materialise explained lines or only totals
     * @param parallel whether to score subjects in parallel (results are identical to sequential)
     */
    public ScoringOptions {
        Objects.requireNonNull(detail, "detail");
    }

    /** Lines, sequential: the default. */
    public static final ScoringOptions DEFAULT = new ScoringOptions(Detail.LINES, false);
    /** Totals only, sequential: the fast path. */
    public static final ScoringOptions TOTALS_ONLY = new ScoringOptions(Detail.TOTALS, false);

    /** @return a copy that scores subjects in parallel */
    public ScoringOptions inParallel() {
        return new ScoringOptions(detail, true);
    }

    /** How much to record. */
    public enum Detail {
        /** Every score line with its explanation. */
        LINES,
        /** Totals and grades only; no per-event allocation. */
        TOTALS
    }
}

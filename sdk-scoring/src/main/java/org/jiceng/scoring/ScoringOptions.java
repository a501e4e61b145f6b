package org.jiceng.scoring;

import java.util.Objects;

/**
 * How to run a scoring pass.
 *
 * @param detail whether to materialise explained lines or only totals
 * @param parallel whether to score subjects in parallel (results are identical to sequential)
 * @param conflicts what to do with different events that share an id
 */
public record ScoringOptions(Detail detail, boolean parallel, ConflictPolicy conflicts) {

    /**
     * Checks the detail level and the conflict policy are present.
     *
     * @param detail whether to materialise explained lines or only totals
     * @param parallel whether to score subjects in parallel (results are identical to sequential)
     * @param conflicts what to do with different events that share an id
     */
    public ScoringOptions {
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(conflicts, "conflicts");
    }

    /**
     * Options with the default conflict policy, {@link ConflictPolicy#REJECT}.
     *
     * @param detail whether to materialise explained lines or only totals
     * @param parallel whether to score subjects in parallel (results are identical to sequential)
     */
    public ScoringOptions(Detail detail, boolean parallel) {
        this(detail, parallel, ConflictPolicy.REJECT);
    }

    /** Lines, sequential: the default. */
    public static final ScoringOptions DEFAULT = new ScoringOptions(Detail.LINES, false);
    /** Totals only, sequential: the fast path. */
    public static final ScoringOptions TOTALS_ONLY = new ScoringOptions(Detail.TOTALS, false);

    /** @return a copy that scores subjects in parallel */
    public ScoringOptions inParallel() {
        return new ScoringOptions(detail, true, conflicts);
    }

    /**
     * @param policy what to do with different events that share an id
     * @return a copy with that policy
     */
    public ScoringOptions withConflicts(ConflictPolicy policy) {
        return new ScoringOptions(detail, parallel, policy);
    }

    /** How much to record. */
    public enum Detail {
        /** Every score line with its explanation. */
        LINES,
        /** Totals and grades only; no per-event allocation. */
        TOTALS
    }
}

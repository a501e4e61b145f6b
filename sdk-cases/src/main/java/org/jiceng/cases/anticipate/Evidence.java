package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.list;

import java.util.List;

/**
 * Why a {@link Finding} was raised, as numbers and the records behind them, at the week it was first
 * raised.
 *
 * @param observed signals counted in the window (summed over the finding's grids)
 * @param expected signals expected in the window from the baseline
 * @param probability the tail probability of seeing at least this much under the baseline
 * @param threshold the probability it had to be at most (the rule set's alpha over the number of tests)
 * @param weeklyCounts the counts of the window's weeks, oldest first (summed over the finding's grids)
 * @param caseIds the cases counted, sorted
 * @param visitIds the visits counted, sorted
 */
public record Evidence(int observed, double expected, double probability, double threshold,
        List<Integer> weeklyCounts, List<String> caseIds, List<String> visitIds) {

    /**
     * Checks the numbers and copies the lists.
     *
     * @param observed signals counted in the window
     * @param expected signals expected in the window from the baseline
     * @param probability the tail probability of seeing at least this much under the baseline
     * @param threshold the probability it had to be at most
     * @param weeklyCounts the counts of the window's weeks, oldest first
     * @param caseIds the cases counted, sorted
     * @param visitIds the visits counted, sorted
     */
    public Evidence {
        if (observed < 0 || !(expected >= 0) || !(probability >= 0 && probability <= 1)
                || !(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("Evidence needs observed >= 0, expected >= 0 and probabilities in [0, 1],"
                    + " was " + observed + ", " + expected + ", " + probability + ", " + threshold);
        }
        weeklyCounts = list(weeklyCounts, "weeklyCounts");
        caseIds = list(caseIds, "caseIds");
        visitIds = list(visitIds, "visitIds");
    }
}

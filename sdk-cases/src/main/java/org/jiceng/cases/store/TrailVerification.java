package org.jiceng.cases.store;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.util.Optional;

/**
 * The result of verifying one case's chain.
 *
 * @param caseId the case
 * @param entriesChecked entries read
 * @param firstBreak the first place the chain is broken, empty when it is intact
 */
public record TrailVerification(String caseId, int entriesChecked, Optional<TrailBreak> firstBreak) {

    /**
     * Validates required components.
     *
     * @param caseId the case
     * @param entriesChecked entries read
     * @param firstBreak the first place the chain is broken, empty when it is intact
     */
    public TrailVerification {
        nonBlank(caseId, "caseId");
        firstBreak = nonNull(firstBreak, "firstBreak");
    }

    /** @return true when every hash matches */
    public boolean isIntact() {
        return firstBreak.isEmpty();
    }
}

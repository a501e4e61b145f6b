package org.jiceng.cases.store;

import java.util.List;
import java.util.Optional;

/**
 * The result of verifying every case of a store.
 *
 * @param casesChecked cases read
 * @param entriesChecked trail entries read
 * @param breaks the first break of every broken case, in case id order
 */
public record VerificationReport(int casesChecked, long entriesChecked, List<TrailBreak> breaks) {

    /**
     * Copies the list.
     *
     * @param casesChecked cases read
     * @param entriesChecked trail entries read
     * @param breaks the first break of every broken case, in case id order
     */
    public VerificationReport {
        breaks = List.copyOf(breaks);
    }

    /** @return true when every chain is intact */
    public boolean isIntact() {
        return breaks.isEmpty();
    }

    /** @return the first broken link in case id order */
    public Optional<TrailBreak> firstBreak() {
        return breaks.stream().findFirst();
    }
}

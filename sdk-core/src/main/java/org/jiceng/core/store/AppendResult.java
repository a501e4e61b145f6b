package org.jiceng.core.store;

/**
 * What one {@link EventLedger#append} did.
 *
 * @param appended events stored by this call
 * @param alreadyPresent events skipped because the same event was stored already (or offered twice)
 */
public record AppendResult(int appended, int alreadyPresent) {

    /**
     * Validates the counts.
     *
     * @param appended events stored by this call
     * @param alreadyPresent events skipped
     */
    public AppendResult {
        if (appended < 0 || alreadyPresent < 0) {
            throw new IllegalArgumentException("AppendResult counts must not be negative: " + appended + ", "
                    + alreadyPresent);
        }
    }
}

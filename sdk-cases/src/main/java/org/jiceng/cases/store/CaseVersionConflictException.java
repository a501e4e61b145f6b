package org.jiceng.cases.store;

/**
 * Thrown by {@link CaseStore#append} when the case moved on since the caller read it: another writer
 * won the race. It carries the current state, so that the caller can decide again.
 */
public final class CaseVersionConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The version the caller expected. */
    private final long expectedVersion;
    /** The case as stored now. */
    @SuppressWarnings("serial")
    private final StoredCase current;

    /**
     * @param expectedVersion the version the caller expected
     * @param current the case as stored now
     */
    public CaseVersionConflictException(long expectedVersion, StoredCase current) {
        super("Case " + current.id() + " is at version " + current.version() + " in state "
                + current.value().status() + ", not at the expected version " + expectedVersion
                + " (another transition was stored first; reload and decide again)");
        this.expectedVersion = expectedVersion;
        this.current = current;
    }

    /** @return the version the caller expected */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the case as stored now */
    public StoredCase current() {
        return current;
    }
}

package org.jiceng.cases.store;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.util.Locale;

/**
 * The first place where a stored trail does not match its hash chain.
 *
 * @param caseId the case
 * @param seq the position of the offending entry; {@code -1} for the case header
 * @param kind what is wrong
 * @param detail the expected and found values
 */
public record TrailBreak(String caseId, int seq, Kind kind, String detail) {

    /** What a break is. */
    public enum Kind {
        /** The case header does not match the hash that starts its chain. */
        HEADER_ALTERED,
        /** An entry's content does not match its own hash (a note rewritten, a time moved …). */
        ENTRY_ALTERED,
        /** An entry does not carry the hash of its predecessor (entries replaced or reordered). */
        LINK_BROKEN,
        /** A position in the trail is missing (an entry dropped from the middle). */
        ENTRY_MISSING,
        /** The trail ends before the case's recorded version and head hash (entries dropped from the end). */
        TRAIL_TRUNCATED,
        /** A stored value cannot be read back as an entry at all. */
        UNREADABLE
    }

    /**
     * Validates required components.
     *
     * @param caseId the case
     * @param seq the position of the offending entry; {@code -1} for the case header
     * @param kind what is wrong
     * @param detail the expected and found values
     */
    public TrailBreak {
        nonBlank(caseId, "caseId");
        nonNull(kind, "kind");
        detail = nonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "case %s %s: %s (%s)", caseId, seq < 0 ? "header" : "entry " + seq, kind,
                detail);
    }
}

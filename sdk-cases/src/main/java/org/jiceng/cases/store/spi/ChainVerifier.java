package org.jiceng.cases.store.spi;

import java.util.List;
import java.util.Optional;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.CaseHeader;
import org.jiceng.cases.store.HashAlgorithm;
import org.jiceng.cases.store.TrailBreak;
import org.jiceng.cases.store.TrailBreak.Kind;
import org.jiceng.cases.store.TrailHashing;
import org.jiceng.cases.store.TrailVerification;

/** Recomputes a stored chain from the stored values and reports the first place it breaks. */
public final class ChainVerifier {

    /**
     * One stored trail row, as read.
     *
     * @param seq its stored position
     * @param entry the entry, or empty when the row could not be read as one
     * @param problem why it could not be read (empty when it could)
     * @param previousHash the predecessor hash stored with it
     * @param hash its stored hash
     */
    public record Row(int seq, Optional<AuditEntry> entry, String problem, String previousHash, String hash) {
    }

    private ChainVerifier() {
    }

    /**
     * @param caseId the case
     * @param algorithm its hash function
     * @param header the stored header
     * @param headerHash the stored header hash
     * @param rows the stored rows in stored position order
     * @param version the version recorded with the case
     * @param headHash the head hash recorded with the case
     * @return the verification
     */
    public static TrailVerification verify(String caseId, HashAlgorithm algorithm, CaseHeader header,
            String headerHash, List<Row> rows, long version, String headHash) {
        String recomputed = TrailHashing.headerHash(algorithm, header);
        if (!recomputed.equals(headerHash)) {
            return broken(caseId, 0, -1, Kind.HEADER_ALTERED,
                    "header hashes to " + recomputed + " but its chain starts with " + headerHash);
        }
        String previous = headerHash;
        int expectedSeq = 0;
        for (Row row : rows) {
            if (row.seq() != expectedSeq) {
                return broken(caseId, expectedSeq, expectedSeq, Kind.ENTRY_MISSING,
                        "expected entry " + expectedSeq + ", found entry " + row.seq());
            }
            if (!row.previousHash().equals(previous)) {
                return broken(caseId, expectedSeq, expectedSeq, Kind.LINK_BROKEN,
                        "carries predecessor hash " + row.previousHash() + ", predecessor is " + previous);
            }
            if (row.entry().isEmpty()) {
                return broken(caseId, expectedSeq, expectedSeq, Kind.UNREADABLE, row.problem());
            }
            String own = TrailHashing.entryHash(algorithm, previous, caseId, row.seq(), row.entry().get());
            if (!own.equals(row.hash())) {
                return broken(caseId, expectedSeq, expectedSeq, Kind.ENTRY_ALTERED,
                        "content hashes to " + own + ", stored hash is " + row.hash());
            }
            previous = row.hash();
            expectedSeq++;
        }
        if (version != rows.size() || rows.isEmpty() || !previous.equals(headHash)) {
            return broken(caseId, rows.size(), rows.size(), Kind.TRAIL_TRUNCATED, "case records version " + version
                    + " with head " + headHash + ", trail has " + rows.size() + " entries ending in " + previous);
        }
        return new TrailVerification(caseId, rows.size(), Optional.empty());
    }

    private static TrailVerification broken(String caseId, int checked, int seq, Kind kind, String detail) {
        return new TrailVerification(caseId, checked, Optional.of(new TrailBreak(caseId, seq, kind, detail)));
    }
}

package org.jiceng.cases.store;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseHeader;

/**
 * A case as a {@link CaseStore} holds it.
 *
 * @param value the case with its whole trail
 * @param version the number of trail entries; pass it to {@link CaseStore#append} as the expected version
 * @param algorithm the hash function of its chain
 * @param headerHash the hash of its {@link CaseHeader}, which starts the chain
 * @param entryHashes the hash of every trail entry, in order
 */
public record StoredCase(Case value, long version, HashAlgorithm algorithm, String headerHash,
        List<String> entryHashes) {

    /**
     * Validates that the version and the hashes match the trail.
     *
     * @param value the case with its whole trail
     * @param version the number of trail entries
     * @param algorithm the hash function of its chain
     * @param headerHash the hash of its header
     * @param entryHashes the hash of every trail entry, in order
     */
    public StoredCase {
        nonNull(value, "value");
        nonNull(algorithm, "algorithm");
        nonBlank(headerHash, "headerHash");
        entryHashes = List.copyOf(entryHashes);
        int n = value.trail().entries().size();
        if (version != n || entryHashes.size() != n) {
            throw new IllegalArgumentException("Stored case " + value.id() + " has " + n + " entries but version "
                    + version + " and " + entryHashes.size() + " entry hashes");
        }
    }

    /**
     * @param c a new case
     * @param algorithm the hash function of its chain
     * @return the case as a store holds it, with its chain computed
     */
    public static StoredCase of(Case c, HashAlgorithm algorithm) {
        return new StoredCase(c, c.trail().entries().size(), algorithm, TrailHashing.headerHash(algorithm,
                c.header()), TrailHashing.chain(algorithm, c));
    }

    /**
     * @param entry a transition
     * @return the case after it, one version later, with the entry chained to the head
     * @throws org.jiceng.cases.IllegalCaseTransitionException or {@link org.jiceng.cases.CaseRuleException}
     *     when the case's rules refuse it
     */
    public StoredCase next(AuditEntry entry) {
        Case moved = value.apply(entry);
        List<String> hashes = new ArrayList<>(entryHashes.size() + 1);
        hashes.addAll(entryHashes);
        hashes.add(TrailHashing.entryHash(algorithm, headHash(), value.id(), entryHashes.size(), entry));
        return new StoredCase(moved, version + 1, algorithm, headerHash, hashes);
    }

    /** @return the case id */
    public String id() {
        return value.id();
    }

    /** @return the hash of the latest entry (the head of the chain) */
    public String headHash() {
        return entryHashes.get(entryHashes.size() - 1);
    }
}

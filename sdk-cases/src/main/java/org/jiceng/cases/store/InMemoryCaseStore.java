package org.jiceng.cases.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.store.spi.ChainVerifier;

/**
 * A {@link CaseStore} in memory: the reference implementation of the contract, for tests and for
 * runs that need no durability. Nothing survives the JVM.
 */
public final class InMemoryCaseStore implements CaseStore {

    private final HashAlgorithm algorithm;
    private final ConcurrentSkipListMap<String, StoredCase> cases = new ConcurrentSkipListMap<>();

    /** A store chaining with SHA-256. */
    public InMemoryCaseStore() {
        this(HashAlgorithm.SHA_256);
    }

    /** @param algorithm the hash function of new chains */
    public InMemoryCaseStore(HashAlgorithm algorithm) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    @Override
    public StoredCase create(Case c) {
        StoredCase stored = StoredCase.of(c, algorithm);
        if (cases.putIfAbsent(c.id(), stored) != null) {
            throw new CaseAlreadyExistsException(c.id());
        }
        return stored;
    }

    @Override
    public StoredCase append(String caseId, long expectedVersion, AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        while (true) {
            StoredCase current = cases.get(caseId);
            if (current == null) {
                throw new UnknownCaseException(caseId);
            }
            if (current.version() != expectedVersion) {
                throw new CaseVersionConflictException(expectedVersion, current);
            }
            StoredCase next = current.next(entry);
            if (cases.replace(caseId, current, next)) {
                return next;
            }
        }
    }

    @Override
    public Optional<StoredCase> load(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public List<StoredCase> query(CaseQuery query) {
        return cases.values().stream().filter(query::matches).toList();
    }

    @Override
    public Stream<StoredCase> streamAll() {
        return List.copyOf(cases.values()).stream();
    }

    @Override
    public long count() {
        return cases.size();
    }

    @Override
    public TrailVerification verify(String caseId) {
        StoredCase c = load(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
        List<ChainVerifier.Row> rows = new ArrayList<>();
        List<AuditEntry> entries = c.value().trail().entries();
        String previous = c.headerHash();
        for (int i = 0; i < entries.size(); i++) {
            rows.add(new ChainVerifier.Row(i, Optional.of(entries.get(i)), "", previous, c.entryHashes().get(i)));
            previous = c.entryHashes().get(i);
        }
        return ChainVerifier.verify(caseId, c.algorithm(), c.value().header(), c.headerHash(), rows,
                c.version(), c.headHash());
    }

    @Override
    public VerificationReport verifyAll() {
        List<TrailBreak> breaks = new ArrayList<>();
        int cases = 0;
        long entries = 0;
        for (String id : this.cases.keySet()) {
            TrailVerification v = verify(id);
            cases++;
            entries += v.entriesChecked();
            v.firstBreak().ifPresent(breaks::add);
        }
        return new VerificationReport(cases, entries, breaks);
    }
}

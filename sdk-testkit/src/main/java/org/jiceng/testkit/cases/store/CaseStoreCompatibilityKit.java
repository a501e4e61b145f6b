package org.jiceng.testkit.cases.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseRuleException;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.IllegalCaseTransitionException;
import org.jiceng.cases.Reporter;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.StatusFamily;
import org.jiceng.cases.store.CaseAlreadyExistsException;
import org.jiceng.cases.store.CaseQuery;
import org.jiceng.cases.store.CaseStore;
import org.jiceng.cases.store.CaseVersionConflictException;
import org.jiceng.cases.store.StoredCase;
import org.jiceng.cases.store.TrailHashing;
import org.jiceng.cases.store.UnknownCaseException;
import org.jiceng.cases.store.VerificationReport;
import org.jiceng.testkit.cases.sample.CaseYearGenerator;
import org.jiceng.testkit.cases.sample.CaseYearSpec;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link CaseStore}. Extend it and return a new, empty store:
 * <pre>{@code
 * class MyCaseStoreTest extends CaseStoreCompatibilityKit {
 *     protected CaseStore newStore() { return new MyCaseStore(freshSchema()); }
 * }
 * }</pre>
 * Cases come from the sample-year generator (replayed entry by entry through {@link CaseStore#append})
 * and from hand-made trails with text that breaks naive encodings.
 */
public abstract class CaseStoreCompatibilityKit {

    /** The catalogue of the fixture. */
    protected static final SituationCatalogue CATALOGUE = SituationCatalogue.defaults();
    private static final Instant T0 = Instant.parse("2024-06-01T01:02:03Z");

    /** @return a new, empty store */
    protected abstract CaseStore newStore();

    /**
     * @param count number of cases
     * @return sample cases with grids g-0 … g-2 assigned round robin
     */
    protected static List<Case> sampleCases(int count) {
        CaseYearSpec base = CaseYearSpec.guandu(42L, 2024);
        CaseYearSpec spec = new CaseYearSpec(base.seed(), base.year(), count, base.catalogue(), base.areaIds(),
                base.duplicateShare(), base.rejectShare(), base.resolveShare(), base.onTimeShare(), base.reopenShare());
        List<Case> cases = new ArrayList<>();
        int i = 0;
        for (Case c : CaseYearGenerator.generate(spec)) {
            cases.add(c.withLocation(c.location().withGrid("g-" + (i++ % 3))));
        }
        return cases;
    }

    /**
     * Stores a case as a client would: its first entry with {@code create}, every later one with
     * {@code append} at the version just returned.
     *
     * @param store the store
     * @param c a case
     * @return the stored case after its last entry
     */
    protected static StoredCase replay(CaseStore store, Case c) {
        List<AuditEntry> entries = c.trail().entries();
        Case first = Case.builder(c.id(), CATALOGUE.get(c.category())).kind(c.kind()).description(c.description())
                .location(c.location()).reporter(c.reporter()).secretary(c.secretaryId().orElse(null))
                .deadlines(c.deadlines()).receivedAt(entries.get(0).at(), entries.get(0).actor())
                .receptionNote(entries.get(0).note()).build();
        StoredCase stored = store.create(first);
        for (AuditEntry e : entries.subList(1, entries.size())) {
            stored = store.append(c.id(), stored.version(), e);
        }
        return stored;
    }

    private static Case awkward(String id) {
        return Case.builder(id, CATALOGUE.get("P01")).description("占道经营;\t\"quoted\", back\\slash\nnew line 🚲")
                .location(CaseLocation.at(102.7123456789012, 25.0412345678901).withAddress("西山区 前卫街道 1号")
                        .withArea("530112001001").withGrid("g-1"))
                .reporter(Reporter.of("张三丰", "13812345678")).secretary("secretary-3")
                .receivedAt(T0, "grid-worker-7").receptionNote("").build();
    }

    @Test
    void createdCaseLoadsBackEqualAtVersionOne() {
        CaseStore store = newStore();
        Case c = awkward("K-1");
        StoredCase stored = store.create(c);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.value()).isEqualTo(c);
        assertThat(store.load("K-1")).contains(stored);
        assertThat(store.load("K-404")).isEmpty();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void creatingAStoredIdAgainIsRefused() {
        CaseStore store = newStore();
        store.create(awkward("K-1"));
        assertThatThrownBy(() -> store.create(awkward("K-1"))).isInstanceOf(CaseAlreadyExistsException.class)
                .hasMessageContaining("K-1");
        assertThat(store.load("K-1").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void appendAtTheExpectedVersionMovesTheCaseAndIsReadBack() {
        CaseStore store = newStore();
        StoredCase v1 = store.create(awkward("K-1"));
        StoredCase v2 = store.append("K-1", 1, new AuditEntry(T0.plusSeconds(60), "secretary-3",
                Optional.of(CaseStatus.RECEIVED), CaseStatus.WHISTLED, "书记吹哨\t;1:", List.of("urban-management",
                        "market-regulation"), Optional.empty()));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.value().status()).isEqualTo(CaseStatus.WHISTLED);
        assertThat(v2.entryHashes().get(0)).isEqualTo(v1.headHash());
        assertThat(store.load("K-1")).contains(v2);
    }

    @Test
    void appendAtAStaleVersionThrowsTheConflictWithTheCurrentStateAndStoresNothing() {
        CaseStore store = newStore();
        store.create(awkward("K-1"));
        StoredCase v2 = store.append("K-1", 1, AuditEntry.move(T0.plusSeconds(60), "a", CaseStatus.RECEIVED,
                CaseStatus.IN_PROGRESS, ""));
        assertThatThrownBy(() -> store.append("K-1", 1, AuditEntry.move(T0.plusSeconds(61), "b",
                CaseStatus.RECEIVED, CaseStatus.REJECTED, "not ours")))
                .isInstanceOfSatisfying(CaseVersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.current()).isEqualTo(v2);
                });
        assertThat(store.load("K-1")).contains(v2);
    }

    @Test
    void transitionsTheStateMachineRefusesAreNotStored() {
        CaseStore store = newStore();
        StoredCase v1 = store.create(awkward("K-1"));
        assertThatThrownBy(() -> store.append("K-1", 1, AuditEntry.move(T0.plusSeconds(1), "a",
                CaseStatus.RECEIVED, CaseStatus.CLOSED, ""))).isInstanceOf(IllegalCaseTransitionException.class);
        assertThatThrownBy(() -> store.append("K-1", 1, AuditEntry.move(T0.minusSeconds(1), "a",
                CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, ""))).isInstanceOf(CaseRuleException.class);
        assertThat(store.load("K-1")).contains(v1);
        assertThat(store.verify("K-1").isIntact()).isTrue();
    }

    @Test
    void unknownCasesAreNamedInTheError() {
        CaseStore store = newStore();
        assertThatThrownBy(() -> store.append("K-404", 1, AuditEntry.move(T0, "a", CaseStatus.RECEIVED,
                CaseStatus.IN_PROGRESS, ""))).isInstanceOf(UnknownCaseException.class).hasMessageContaining("K-404");
        assertThatThrownBy(() -> store.verify("K-404")).isInstanceOf(UnknownCaseException.class);
    }

    @Test
    void replayedSampleYearLoadsBackEqualWithTheCanonicalChain() {
        CaseStore store = newStore();
        List<Case> cases = sampleCases(50);
        cases.forEach(c -> replay(store, c));
        for (Case c : cases) {
            StoredCase stored = store.load(c.id()).orElseThrow();
            assertThat(stored.value()).isEqualTo(c);
            assertThat(stored.version()).isEqualTo(c.trail().entries().size());
            assertThat(stored.entryHashes()).isEqualTo(TrailHashing.chain(stored.algorithm(), c));
        }
        VerificationReport report = store.verifyAll();
        assertThat(report.isIntact()).as("%s", report.breaks()).isTrue();
        assertThat(report.casesChecked()).isEqualTo(50);
        assertThat(report.entriesChecked()).isEqualTo(cases.stream().mapToLong(c -> c.trail().entries().size()).sum());
    }

    @Test
    void casesCreatedTogetherLoadBackEqualWithTheirWholeTrails() {
        CaseStore store = newStore();
        List<Case> cases = sampleCases(40);
        List<StoredCase> stored = store.createAll(cases);
        assertThat(stored).extracting(StoredCase::value).isEqualTo(cases);
        for (StoredCase s : stored) {
            assertThat(store.load(s.id())).contains(s);
        }
        assertThat(store.count()).isEqualTo(40);
        assertThat(store.verifyAll().isIntact()).isTrue();
        assertThatThrownBy(() -> store.createAll(List.of(awkward("K-new"), cases.get(3))))
                .isInstanceOf(CaseAlreadyExistsException.class).hasMessageContaining(cases.get(3).id());
    }

    @Test
    void queriesAgreeWithTheQueryPredicate() {
        CaseStore store = newStore();
        List<StoredCase> all = sampleCases(80).stream().map(c -> replay(store, c)).toList();
        Instant from = all.stream().map(s -> s.value().createdAt()).sorted().toList().get(30);
        Instant before = from.plus(Duration.ofDays(90));
        String department = all.stream().flatMap(s -> s.value().summonedDepartments().stream()).findFirst()
                .orElseThrow();
        List<CaseQuery> queries = List.of(CaseQuery.all(), CaseQuery.all().withStatuses(CaseStatus.CLOSED),
                CaseQuery.all().inFamily(StatusFamily.OPEN), CaseQuery.all().summoning(department),
                CaseQuery.all().inGrid("g-1"), CaseQuery.all().createdBetween(from, before),
                CaseQuery.all().inFamily(StatusFamily.FIXED).inGrid("g-2").createdBetween(from, before),
                CaseQuery.all().summoning("no-such-department"));
        for (CaseQuery q : queries) {
            List<StoredCase> expected = all.stream().filter(q::matches)
                    .sorted((a, b) -> a.id().compareTo(b.id())).toList();
            assertThat(store.query(q)).as("%s", q).isEqualTo(expected);
        }
        assertThat(store.query(CaseQuery.all().inGrid("g-1"))).isNotEmpty();
    }

    @Test
    void streamAllGivesEveryCaseInIdOrder() {
        CaseStore store = newStore();
        List<StoredCase> all = new ArrayList<>(sampleCases(30).stream().map(c -> replay(store, c)).toList());
        all.sort((a, b) -> a.id().compareTo(b.id()));
        try (Stream<StoredCase> s = store.streamAll()) {
            assertThat(s.toList()).isEqualTo(all);
        }
        assertThat(store.count()).isEqualTo(30);
    }

    /** The state a racing writer moves the case to next: an endless resolve/reopen cycle. */
    private static AuditEntry nextMove(CaseStatus status, long version, String actor) {
        Instant at = T0.plusSeconds(60 * version);
        return switch (status) {
            case RECEIVED, REOPENED -> AuditEntry.move(at, actor, status, CaseStatus.IN_PROGRESS, "");
            case IN_PROGRESS -> AuditEntry.move(at, actor, status, CaseStatus.RESOLVED, "done by " + actor);
            case RESOLVED -> AuditEntry.move(at, actor, status, CaseStatus.REOPENED, "复查未通过");
            default -> throw new IllegalStateException("unexpected " + status);
        };
    }

    @Test
    void eightWritersRacingOnOneCaseWinOncePerVersionAndLoseWithTheCurrentState() throws Exception {
        CaseStore store = newStore();
        store.create(awkward("K-race"));
        int writers = 8;
        int target = 120;
        Map<Long, String> winners = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        List<String> faults = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String actor = "writer-" + w;
                done.add(pool.submit(() -> {
                    start.await();
                    StoredCase seen = store.load("K-race").orElseThrow();
                    while (seen.version() < target) {
                        try {
                            StoredCase after = store.append("K-race", seen.version(),
                                    nextMove(seen.value().status(), seen.version(), actor));
                            if (winners.putIfAbsent(seen.version(), actor) != null) {
                                faults.add("two winners for version " + seen.version());
                            }
                            seen = after;
                        } catch (CaseVersionConflictException e) {
                            conflicts.incrementAndGet();
                            if (e.current().version() <= seen.version()) {
                                faults.add("conflict at " + seen.version() + " reported version "
                                        + e.current().version());
                            }
                            seen = e.current();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(faults).isEmpty();
        StoredCase last = store.load("K-race").orElseThrow();
        assertThat(last.version()).isEqualTo(target);
        assertThat(winners).hasSize(target - 1);
        List<AuditEntry> entries = last.value().trail().entries();
        for (int v = 1; v < target; v++) {
            assertThat(entries.get(v).actor()).as("entry %d", v).isEqualTo(winners.get((long) v));
        }
        assertThat(store.verify("K-race").isIntact()).isTrue();
    }
}

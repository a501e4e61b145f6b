package org.jiceng.cases.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.store.TrailBreak.Kind;
import org.jiceng.cases.store.spi.Canonical;
import org.jiceng.cases.store.spi.ChainVerifier;
import org.jiceng.cases.store.spi.ChainVerifier.Row;
import org.junit.jupiter.api.Test;

class TrailHashingTest {

    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");

    private static Case resolved() {
        return Case.builder("C-1", SituationCatalogue.defaults().get("P01")).receivedAt(T0, "grid-7").build()
                .whistle(T0.plusSeconds(60), "sec-3", List.of("urban-management"), "书记吹哨")
                .report(T0.plusSeconds(120), "urban-management", "已到场")
                .startWork(T0.plusSeconds(180), "urban-management", "")
                .resolve(T0.plusSeconds(240), "urban-management", "摊点已清理");
    }

    private static List<Row> rows(Case c, List<String> hashes, String headerHash) {
        List<Row> rows = new ArrayList<>();
        String previous = headerHash;
        for (int i = 0; i < hashes.size(); i++) {
            rows.add(new Row(i, Optional.of(c.trail().entries().get(i)), "", previous, hashes.get(i)));
            previous = hashes.get(i);
        }
        return rows;
    }

    private static Optional<TrailBreak> verify(Case c, List<Row> rows, StoredCase s) {
        return ChainVerifier.verify(c.id(), s.algorithm(), c.header(), s.headerHash(), rows, s.version(),
                s.headHash()).firstBreak();
    }

    /**
     * Hashes already stored must verify after any change to how they are computed: the chain of a fixed case,
     * SHA-256 and SM3, pinned as this code computed them when the test was written.
     */
    @Test
    void aFixedCaseHashesAsItAlwaysHas() {
        Case c = resolved();
        assertThat(TrailHashing.headerHash(HashAlgorithm.SHA_256, c.header()))
                .isEqualTo("35d6df39206fa20cc9cb6421ade163dfca5a9d90cf681a68d9fe9c2e634ba94c");
        assertThat(TrailHashing.chain(HashAlgorithm.SHA_256, c)).containsExactly(
                "14030af5fce76ca814afdad4e9047383f4283919b79d50f940a988feb956d57d",
                "57788dc061886190d9a96f41836b7fb24905fa35a9d758466752b96d2e62c1a8",
                "e84c07658aeb6d720e6b42f607e72de44b2b9b285d24ca2367395a1e91d6daa8",
                "ca409fd258f14981795c20b811360e101779d672107d5f821390d38bdb79aa90",
                "e822aa69568c9b79297022dd844b983ba87ec74df08a88079fcd94a1c63abd9f");
        assertThat(TrailHashing.chain(HashAlgorithm.SM3, c)).containsExactly(
                "2535cbf2f2a5d345bf534362f4c520cf02e266fe56fecd7404e6035ce6a4712c",
                "183b4ea66c6b443eaf9049656da1582805f0052e7f2692edb81533987ce8cd0b",
                "9c678b172da3ddd5a712838787b389c09c55d0fb5e2e18a8173ac417f7013615",
                "086d899535690b6efc306ce5068ec51d62c3530bfdd00da869514bc4787cc7af",
                "29c795cdcf707a8fede2496610bbe1500e3d5023b0381302fe1c595e0db55e99");
    }

    /** The canonical text shows a time as {@link Instant#toString()} does, whatever its range and fraction. */
    @Test
    void theCanonicalTextShowsTimesAsInstantToStringDoes() {
        for (String t : List.of("2024-06-01T00:00:00Z", "2024-06-01T00:00:00.001Z", "2024-06-01T00:00:00.000001Z",
                "2024-06-01T00:00:00.123456789Z", "1969-12-31T23:59:59.5Z", "0001-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z", "-1000-06-01T12:00:00Z")) {
            Instant at = Instant.parse(t);
            AuditEntry e = new AuditEntry(at, "a", Optional.of(CaseStatus.RECEIVED), CaseStatus.WHISTLED, "n",
                    List.of("d1"), Optional.empty());
            String expected = new Canonical().add("entry").add("C").add(3).add(at.toString()).add("a").add("RECEIVED")
                    .add("WHISTLED").add("n").addAll(List.of("d1")).addNullable(null).toString();
            assertThat(TrailHashing.canonicalEntry("C", 3, e)).as(t).isEqualTo(expected);
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        Case c = resolved();
        StoredCase s = StoredCase.of(c, HashAlgorithm.SHA_256);
        assertThat(verify(c, rows(c, s.entryHashes(), s.headerHash()), s)).isEmpty();
    }

    @Test
    void aRewrittenNoteIsFoundAtItsEntry() {
        Case c = resolved();
        StoredCase s = StoredCase.of(c, HashAlgorithm.SHA_256);
        List<Row> rows = rows(c, s.entryHashes(), s.headerHash());
        AuditEntry e = c.trail().entries().get(4);
        Row forged = new Row(4, Optional.of(new AuditEntry(e.at(), e.actor(), e.from(), e.to(), "按时办结",
                e.departments(), e.duplicateOf())), "", rows.get(4).previousHash(), rows.get(4).hash());
        rows.set(4, forged);
        assertThat(verify(c, rows, s)).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(4);
            assertThat(b.kind()).isEqualTo(Kind.ENTRY_ALTERED);
        });
    }

    @Test
    void aMovedTimeIsFoundAtItsEntry() {
        Case c = resolved();
        StoredCase s = StoredCase.of(c, HashAlgorithm.SHA_256);
        List<Row> rows = rows(c, s.entryHashes(), s.headerHash());
        AuditEntry e = c.trail().entries().get(2);
        rows.set(2, new Row(2, Optional.of(new AuditEntry(e.at().minusSeconds(30), e.actor(), e.from(), e.to(),
                e.note(), e.departments(), e.duplicateOf())), "", rows.get(2).previousHash(), rows.get(2).hash()));
        assertThat(verify(c, rows, s).map(TrailBreak::kind)).contains(Kind.ENTRY_ALTERED);
    }

    @Test
    void droppedEntriesAreFoundInTheMiddleAndAtTheEnd() {
        Case c = resolved();
        StoredCase s = StoredCase.of(c, HashAlgorithm.SHA_256);
        List<Row> middle = rows(c, s.entryHashes(), s.headerHash());
        middle.remove(2);
        assertThat(verify(c, middle, s)).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(2);
            assertThat(b.kind()).isEqualTo(Kind.ENTRY_MISSING);
        });
        List<Row> end = rows(c, s.entryHashes(), s.headerHash());
        end.remove(4);
        assertThat(verify(c, end, s).map(TrailBreak::kind)).contains(Kind.TRAIL_TRUNCATED);
    }

    @Test
    void aChangedHeaderIsFound() {
        Case c = resolved();
        StoredCase s = StoredCase.of(c, HashAlgorithm.SHA_256);
        Case other = new Case(c.id(), c.kind(), c.category(), "改过的描述", c.location(), c.reporter(),
                c.secretaryId(), c.deadlines(), c.trail());
        assertThat(ChainVerifier.verify(c.id(), s.algorithm(), other.header(), s.headerHash(),
                rows(c, s.entryHashes(), s.headerHash()), s.version(), s.headHash()).firstBreak().map(TrailBreak::kind))
                .contains(Kind.HEADER_ALTERED);
    }

    @Test
    void everyComponentOfAnEntryChangesItsHash() {
        AuditEntry e = new AuditEntry(T0, "a", Optional.of(CaseStatus.RECEIVED), CaseStatus.WHISTLED, "n",
                List.of("d1", "d2"), Optional.empty());
        String prev = "00".repeat(32);
        String h = TrailHashing.entryHash(HashAlgorithm.SHA_256, prev, "C", 1, e);
        List<AuditEntry> variants = List.of(
                new AuditEntry(T0.plusNanos(1000), "a", e.from(), e.to(), "n", e.departments(), e.duplicateOf()),
                new AuditEntry(T0, "b", e.from(), e.to(), "n", e.departments(), e.duplicateOf()),
                new AuditEntry(T0, "a", e.from(), e.to(), "n ", e.departments(), e.duplicateOf()),
                new AuditEntry(T0, "a", e.from(), e.to(), "n", List.of("d1d2"), e.duplicateOf()),
                new AuditEntry(T0, "a", e.from(), e.to(), "n", List.of("d2", "d1"), e.duplicateOf()));
        for (AuditEntry v : variants) {
            assertThat(TrailHashing.entryHash(HashAlgorithm.SHA_256, prev, "C", 1, v)).as("%s", v).isNotEqualTo(h);
        }
        assertThat(TrailHashing.entryHash(HashAlgorithm.SHA_256, prev, "C", 2, e)).isNotEqualTo(h);
        assertThat(TrailHashing.entryHash(HashAlgorithm.SHA_256, "11".repeat(32), "C", 1, e)).isNotEqualTo(h);
    }

    @Test
    void sm3MatchesTheStandardsExampleAndChainsDifferently() {
        byte[] abc = HexFormat.of().parseHex("616263");
        assertThat(HexFormat.of().formatHex(HashAlgorithm.SM3.newDigest().digest(abc)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        Case c = resolved();
        assertThat(TrailHashing.chain(HashAlgorithm.SM3, c)).hasSize(5)
                .doesNotContainAnyElementsOf(TrailHashing.chain(HashAlgorithm.SHA_256, c));
        assertThat(HashAlgorithm.parse("sm3")).contains(HashAlgorithm.SM3);
        assertThat(HashAlgorithm.parse("SHA-256")).contains(HashAlgorithm.SHA_256);
        assertThat("abc".getBytes(StandardCharsets.UTF_8)).isEqualTo(abc);
    }

    @Test
    void encodedListsDecodeToThemselves() {
        for (List<String> list : List.of(List.<String>of(), List.of(""), List.of("a;b", "1:x;", "-;", "中文\n"))) {
            assertThat(Canonical.decodeList(Canonical.encodeList(list))).isEqualTo(list);
        }
    }
}

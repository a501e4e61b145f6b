package org.jiceng.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.MemberEventTypes;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.ScoringOptions;

/**
 * The preparation packs an event's facts into one {@code long} when they fit and keeps a wide record
 * otherwise ({@link PreparedEvents.RawFacts}): whatever the form, the scoring loop must read back
 * exactly the facts that were written, and the engine must score alike with packing on and off.
 */
class PackedFactsTest {

    private static final Instant AS_OF = Instant.parse("2025-09-01T00:00:00Z");
    private static final Engine ENGINE = new Engine(RuleSets.builtIn("guandu-party-member-points"));
    private static final long START = Instant.parse("2023-12-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = Instant.parse("2025-08-01T00:00:00Z").getEpochSecond() - START;
    /** The first quantity (in hundredths) too large for a packed word. */
    private static final long QUANTITY_LIMIT = 1L << 23;

    @Provide
    Arbitrary<Long> days() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-(1L << 23) - 2, -(1L << 23) + 2),
                Arbitraries.longs().between((1L << 23) - 2, (1L << 23) + 2), Arbitraries.longs().between(19_000, 21_000));
    }

    @Provide
    Arbitrary<Long> quantities() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-2, 1_200),
                Arbitraries.longs().between(QUANTITY_LIMIT - 2, QUANTITY_LIMIT + 2));
    }

    @Provide
    Arbitrary<Long> conditions() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(0, 0x1FF),
                Arbitraries.of(1L << 63, 1L << 8, 1L << 7));
    }

    @Property
    void factsReadBackAsWrittenWhetherPackedOrWide(@ForAll("days") long day, @ForAll @IntRange(min = -2, max = 300) int type,
            @ForAll("quantities") long quantity, @ForAll("conditions") long conditions, @ForAll boolean pack) {
        long[] packed = new long[3];
        long[] records = new long[3 * PreparedEvents.RawFacts.STRIDE];
        PreparedEvents.RawFacts raw = new PreparedEvents.RawFacts(packed, records, pack);
        // Neighbours with other facts, in the other form where possible, so that no field leaks between events.
        raw.set(0, 20_000, 3, QUANTITY_LIMIT + 5, 1L << 40);
        raw.set(1, day, type, quantity, conditions);
        raw.set(2, -20_000, -1, 7, 0x81);
        PreparedEvents.Facts facts = raw.permuted(new int[] {1, 2, 0}, 3, new long[3]);
        assertThat(List.of(facts.day(0), (long) facts.type(0), facts.quantity(0), facts.conditions(0)))
                .containsExactly(day, (long) type, quantity, conditions);
        assertThat(List.of(facts.day(1), (long) facts.type(1), facts.quantity(1), facts.conditions(1)))
                .containsExactly(-20_000L, -1L, 7L, 0x81L);
        assertThat(List.of(facts.day(2), (long) facts.type(2), facts.quantity(2), facts.conditions(2)))
                .containsExactly(20_000L, 3L, QUANTITY_LIMIT + 5, 1L << 40);
    }

    @Example
    void factsPackOnlyWithinTheWordsLimits() {
        assertThat(PreparedEvents.RawFacts.packs(20_000, 6, 1_200, 0x81)).isTrue();
        assertThat(PreparedEvents.RawFacts.packs((1L << 23) - 1, 253, QUANTITY_LIMIT - 1, 0xFF)).isTrue();
        assertThat(PreparedEvents.RawFacts.packs(-(1L << 23), -2, 0, 0)).isTrue();
        assertThat(PreparedEvents.RawFacts.packs(1L << 23, 0, 0, 0)).isFalse();
        assertThat(PreparedEvents.RawFacts.packs(-(1L << 23) - 1, 0, 0, 0)).isFalse();
        assertThat(PreparedEvents.RawFacts.packs(0, 254, 0, 0)).isFalse();
        assertThat(PreparedEvents.RawFacts.packs(0, -3, 0, 0)).isFalse();
        assertThat(PreparedEvents.RawFacts.packs(0, 0, QUANTITY_LIMIT, 0)).isFalse();
        assertThat(PreparedEvents.RawFacts.packs(0, 0, -1, 0)).isFalse();
        assertThat(PreparedEvents.RawFacts.packs(0, 0, 0, 0x100)).isFalse();
    }

    /**
     * Events of every type, with party lectures (a condition bit), quantities on both sides of the
     * packed word's limit (83,886.08) and times in year 1 and in the far future (days beyond the word),
     * so that both forms occur side by side within one subject.
     */
    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<String> types = MemberEventTypes.withUnknown();
        Arbitrary<Map<String, String>> attributes = Arbitraries.of(Map.of(), Map.of("meeting", "党课"),
                Map.of("meeting", "支部党员大会"));
        Arbitrary<Long> seconds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(START, START + SPAN)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Instant.parse("0001-03-01T00:00:00Z").getEpochSecond())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Instant.parse("+30000-01-01T00:00:00Z").getEpochSecond())));
        Arbitrary<Long> hundredths = Arbitraries.oneOf(Arbitraries.longs().between(0, 1_200),
                Arbitraries.longs().between(QUANTITY_LIMIT - 2, QUANTITY_LIMIT + 2));
        Arbitrary<Event> event = Combinators.combine(Arbitraries.integers().between(0, 400), types,
                Arbitraries.integers().between(0, 20), seconds, hundredths, attributes)
                .as((id, type, subject, second, q, attrs) -> new Event("e" + id, type, "m" + subject,
                        Instant.ofEpochSecond(second), BigDecimal.valueOf(q, 2), Optional.empty(), attrs));
        return event.list().ofMaxSize(200);
    }

    @Property
    void packedFactsScoreAsWideFactsDo(@ForAll("events") List<Event> events) {
        Instant asOf = Instant.parse("+30001-01-01T00:00:00Z");
        for (Instant at : List.of(AS_OF, asOf)) {
            for (ScoringOptions options : List.of(ScoringOptions.TOTALS_ONLY, ScoringOptions.DEFAULT)) {
                assertThat(ENGINE.score(events, at, options, true)).isEqualTo(ENGINE.score(events, at, options, false));
            }
        }
    }
}

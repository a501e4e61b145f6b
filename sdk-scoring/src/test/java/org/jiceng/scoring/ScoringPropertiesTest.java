package org.jiceng.scoring;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;

/** Determinism, idempotence, cap monotonicity and parallel == sequential, on the member pack. */
class ScoringPropertiesTest {

    private static final Instant AS_OF = Instant.parse("2025-09-01T00:00:00Z");
    private static final RuleSet PACK = RuleSets.builtIn("guandu-party-member-points");
    private static final ScoringEngine ENGINE = ScoringEngine.compile(PACK);
    private static final long START = Instant.parse("2023-12-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = Instant.parse("2025-10-01T00:00:00Z").getEpochSecond() - START;

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<String> types = MemberEventTypes.withUnknown();
        Arbitrary<Map<String, String>> attributes = Arbitraries.of(Map.of(), Map.of("meeting", "党课"),
                Map.of("project", "滇池治理"), Map.of("meeting", "支部党员大会"));
        Arbitrary<Event> event = Combinators.combine(Arbitraries.integers().between(0, 400),
                types, Arbitraries.integers().between(0, 30), Arbitraries.longs().between(0, SPAN),
                Arbitraries.integers().between(0, 1200), attributes)
                .as((id, type, subject, offset, hundredths, attrs) -> new Event("e" + id, type, "m" + subject,
                        Instant.ofEpochSecond(START + offset), BigDecimal.valueOf(hundredths, 2), Optional.empty(), attrs));
        return event.list().ofMaxSize(300);
    }

    /** Ids and subjects whose hash codes collide ("Aa" and "BB" hash alike), times in a few seconds of a few days. */
    @Provide
    Arbitrary<List<Event>> collidingEvents() {
        Arbitrary<String> halves = Arbitraries.of("Aa", "BB");
        Arbitrary<String> subjects = Arbitraries.oneOf(halves, Combinators.combine(halves, halves).as(String::concat));
        Arbitrary<String> ids = Combinators.combine(halves, halves, halves).as((a, b, c) -> a + b + c);
        Arbitrary<Instant> times = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1), Arbitraries.of(0, 500_000_000))
                .as((day, second, nanos) -> Instant.ofEpochSecond(START + 200L * 86_400 + day * 86_400L + second, nanos));
        Arbitrary<Event> event = Combinators.combine(ids, subjects, times, Arbitraries.integers().between(1, 4),
                Arbitraries.of(EventTypes.HOUSEHOLD_VISIT, EventTypes.MEETING_ATTENDED))
                .as((id, subject, time, quantity, type) -> new Event(id, type, subject, time, BigDecimal.valueOf(quantity),
                        Optional.empty(), Map.of()));
        return event.list().ofMaxSize(40);
    }

    /**
     * Bursts: a few subjects with many events within seconds of each other (ties within a second,
     * told apart by nanos and id), a few spread over the span, and some two centuries earlier, so
     * that time offsets need more than 32 bits and are coarsened. These are the paths on which the
     * radix sort of the preparation leaves runs to finish by insertion or by a comparison sort.
     */
    @Provide
    Arbitrary<List<Event>> burstEvents() {
        Arbitrary<Long> offsets = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.longs().between(0, 40)),
                Tuple.of(2, Arbitraries.longs().between(0, SPAN - 300L * 86_400)),
                Tuple.of(1, Arbitraries.just(-7_000_000_000L)));
        Arbitrary<Event> event = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.of("m1", "Aa", "BB"), offsets, Arbitraries.of(0, 500_000_000),
                Arbitraries.integers().between(1, 4),
                Arbitraries.of(EventTypes.HOUSEHOLD_VISIT, EventTypes.MEETING_ATTENDED, EventTypes.VOLUNTEER_SERVICE))
                .as((id, subject, offset, nanos, quantity, type) -> new Event("b" + id, type, subject,
                        Instant.ofEpochSecond(START + 200L * 86_400 + offset, nanos), BigDecimal.valueOf(quantity),
                        Optional.empty(), Map.of()));
        // Ids unique (a conflict would reject the subject and leave nothing to compare), in an order
        // unrelated to time.
        return event.list().ofMinSize(100).ofMaxSize(300).map(list -> java.util.stream.IntStream.range(0, list.size())
                .mapToObj(i -> {
                    Event e = list.get(i);
                    return new Event(e.id() + "-" + (i * 7919 % list.size()), e.type(), e.subjectId(), e.time(),
                            e.quantity(), e.areaId(), e.attributes());
                }).toList());
    }

    @Property
    void presortedAndShuffledInputGiveTheSameScorecards(@ForAll("burstEvents") List<Event> events, @ForAll long seed) {
        List<Event> presorted = new ArrayList<>(events);
        presorted.sort(java.util.Comparator.comparing(Event::subjectId).thenComparing(EventOrder.SCORING_ORDER));
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));
        Scorecards fromSorted = ENGINE.score(presorted, AS_OF);
        assertThat(ENGINE.score(shuffled, AS_OF)).isEqualTo(fromSorted);
        assertThat(ENGINE.score(shuffled, AS_OF, ScoringOptions.TOTALS_ONLY))
                .isEqualTo(ENGINE.score(presorted, AS_OF, ScoringOptions.TOTALS_ONLY));
        fromSorted.bySubject().values().forEach(card -> assertThat(card.lines()).isSortedAccordingTo(
                java.util.Comparator.comparing(ScoreLine::time).thenComparing(ScoreLine::eventId)));
    }

    @Property
    void resultsDependOnIdsNotOnTheirHashCodes(@ForAll("collidingEvents") List<Event> events) {
        // Renaming every id and subject with an order-preserving map to strings whose hashes differ
        // must rename the result and change nothing else.
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        events.forEach(e -> {
            names.add(e.id());
            names.add(e.subjectId());
        });
        Map<String, String> rename = new java.util.HashMap<>();
        int index = 0;
        for (String name : names) {
            rename.put(name, String.format(Locale.ROOT, "x%03d", index++));
        }
        List<Event> renamed = events.stream().map(e -> new Event(rename.get(e.id()), e.type(), rename.get(e.subjectId()),
                e.time(), e.quantity(), e.areaId(), e.attributes())).toList();
        Scorecards original = ENGINE.score(events, AS_OF);
        Scorecards other = ENGINE.score(renamed, AS_OF);
        assertThat(other.bySubject().keySet()).containsExactlyElementsOf(
                original.bySubject().keySet().stream().map(rename::get).toList());
        original.bySubject().forEach((subject, card) -> {
            Scorecard twin = other.bySubject().get(rename.get(subject));
            assertThat(twin.total()).isEqualTo(card.total());
            assertThat(twin.lines()).extracting(ScoreLine::eventId)
                    .containsExactlyElementsOf(card.lines().stream().map(l -> rename.get(l.eventId())).toList());
            // Lines come in time order, then id order.
            assertThat(card.lines()).isSortedAccordingTo(java.util.Comparator.comparing(ScoreLine::time)
                    .thenComparing(ScoreLine::eventId));
        });
        assertThat(other.stats()).isEqualTo(original.stats());
    }

    @Property
    void shuffledInputGivesTheSameResult(@ForAll("events") List<Event> events, @ForAll long seed) {
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(ENGINE.score(shuffled, AS_OF)).isEqualTo(ENGINE.score(events, AS_OF));
    }

    @Property
    void replayedEventsDoNotChangeTheResult(@ForAll("events") List<Event> events, @ForAll long seed) {
        List<Event> replayed = new ArrayList<>(events);
        Random random = new Random(seed);
        for (Event e : events) {
            if (random.nextBoolean()) {
                replayed.add(e);
            }
        }
        Collections.shuffle(replayed, random);
        Scorecards once = ENGINE.score(events, AS_OF);
        Scorecards twice = ENGINE.score(replayed, AS_OF);
        assertThat(twice.bySubject()).isEqualTo(once.bySubject());
        // Replayed copies are ignored either as duplicates or, when later than asOf, as future events.
        assertThat(twice.stats().duplicatesIgnored() + twice.stats().afterAsOfIgnored()
                - once.stats().duplicatesIgnored() - once.stats().afterAsOfIgnored())
                .isEqualTo(replayed.size() - events.size());
    }

    @Property
    void raisingACapNeverLowersATotal(@ForAll("events") List<Event> events,
            @ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 1, max = 2000) int raise) {
        String name = List.of("service.monthlyCap", "meeting.monthlyCap", "visit.monthlyCap", "service.monthlyCap").get(which);
        Parameter cap = PACK.parameters().get(name);
        List<DatedValue> raised = cap.values().stream().map(v -> new DatedValue(v.from(), v.value() + raise)).toList();
        RuleSet higher = PACK.toBuilder().parameter(new Parameter(name, cap.description(), cap.policyRef(),
                cap.assumption(), raised, cap.overrides())).build();
        Scorecards before = ENGINE.score(events, AS_OF, ScoringOptions.TOTALS_ONLY);
        Scorecards after = ScoringEngine.compile(higher).score(events, AS_OF, ScoringOptions.TOTALS_ONLY);
        before.totals().forEach((subject, total) -> assertThat(after.total(subject)).as(subject).isGreaterThanOrEqualTo(total));
    }

    @Property(tries = 20)
    void parallelScoringEqualsSequential(@ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 1_000_000) Integer> seeds) {
        // Enough subjects for several parallel chunks.
        Random random = new Random(seeds.hashCode());
        String[] types = {EventTypes.MEETING_ATTENDED, EventTypes.VOLUNTEER_SERVICE, EventTypes.HOUSEHOLD_VISIT,
                EventTypes.REPORT_SERVICE, EventTypes.MEETING_MISSED};
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            events.add(new Event("e" + random.nextInt(5500), types[random.nextInt(types.length)], "m" + random.nextInt(2000),
                    Instant.ofEpochSecond(START + (long) (random.nextDouble() * SPAN)), BigDecimal.valueOf(random.nextInt(900), 2),
                    Optional.empty(), random.nextInt(4) == 0 ? Map.of("meeting", "党课") : Map.of()));
        }
        assertThat(ENGINE.score(events, AS_OF, ScoringOptions.DEFAULT.inParallel())).isEqualTo(ENGINE.score(events, AS_OF));
        assertThat(ENGINE.score(events, AS_OF, ScoringOptions.TOTALS_ONLY.inParallel()))
                .isEqualTo(ENGINE.score(events, AS_OF, ScoringOptions.TOTALS_ONLY));
    }

    @Property
    void explainedScoringGivesTheTotalsOfTotalsOnlyScoring(@ForAll("events") List<Event> events) {
        Scorecards explained = ENGINE.score(events, AS_OF, ScoringOptions.DEFAULT);
        Scorecards totalsOnly = ENGINE.score(events, AS_OF, ScoringOptions.TOTALS_ONLY);
        assertThat(explained.stats()).isEqualTo(totalsOnly.stats());
        assertThat(explained.problems()).isEqualTo(totalsOnly.problems());
        assertThat(explained.bySubject().keySet()).containsExactlyElementsOf(totalsOnly.bySubject().keySet());
        explained.bySubject().forEach((subject, card) -> assertThat(new Scorecard(card.subjectId(), card.total(),
                card.awarded(), card.deducted(), card.expired(), card.eventsScored(), List.of(), card.grades()))
                .isEqualTo(totalsOnly.bySubject().get(subject)));
    }

    @Property
    void explainedLinesEqualTheirCopiesAndCannotBeChanged(@ForAll("events") List<Event> events) {
        ENGINE.score(events, AS_OF).bySubject().values().forEach(card -> {
            List<ScoreLine> copy = new ArrayList<>(card.lines());
            assertThat(card.lines()).isEqualTo(copy).hasSameHashCodeAs(copy);
            assertThat(List.copyOf(copy)).isEqualTo(card.lines());
            assertThat(card).isEqualTo(new Scorecard(card.subjectId(), card.total(), card.awarded(), card.deducted(),
                    card.expired(), card.eventsScored(), copy, card.grades()));
            if (!copy.isEmpty()) {
                assertThat(card.lines().get(0)).isEqualTo(copy.get(0));
                assertThatThrownBy(() -> card.lines().remove(0))
                        .isInstanceOf(UnsupportedOperationException.class);
            }
            assertThatThrownBy(() -> card.lines().add(null))
                    .isInstanceOf(UnsupportedOperationException.class);
        });
    }

    @Property
    void totalIsTheSumOfGrantedLines(@ForAll("events") List<Event> events) {
        ENGINE.score(events, AS_OF).bySubject().values().forEach(card -> {
            assertThat(card.lines().stream().mapToLong(ScoreLine::granted).sum()).isEqualTo(card.total());
            assertThat(card.awarded() + card.deducted()).isEqualTo(card.total());
        });
    }
}

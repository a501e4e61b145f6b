package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventOrderTest {

    private static final Instant T = Instant.parse("2024-05-01T02:00:00Z");
    private static final Instant AS_OF = Instant.parse("2024-12-31T00:00:00Z");

    private static Event event(String id, String subject, Instant time, String quantity, Map<String, String> attrs) {
        return new Event(id, "visit", subject, time, new BigDecimal(quantity), Optional.empty(), attrs);
    }

    private static ScoringEngine engine() {
        return ScoringEngine.compile(RuleSet.builder("t", "test", "1", DateRange.startingOn(LocalDate.of(2024, 1, 1)))
                .rule(Rule.builder("visit", "visit", new Amount.PerUnit(ValueRef.literal(100))).when("k", "x").build())
                .build());
    }

    private static Scorecards score(List<Event> events, ConflictPolicy policy) {
        return engine().score(events, AS_OF, ScoringOptions.DEFAULT.withConflicts(policy));
    }

    /** Plus a subject "c" with an event of its own, so that one subject is always scored. */
    private static List<Event> withBystander(Event... copies) {
        List<Event> all = new ArrayList<>(List.of(copies));
        all.add(event("other", "c", T, "1", Map.of("k", "x")));
        return all;
    }

    @Test
    void rejectIsTheDefaultAndLeavesOutEverySubjectNamedByACopy() {
        Event forA = event("e", "a", T.plusSeconds(5), "1", Map.of("k", "x"));
        Event forB = event("e", "b", T, "1", Map.of("k", "x"));
        Scorecards cards = engine().score(withBystander(forA, forB), AS_OF);
        assertThat(cards.bySubject().keySet()).containsExactly("c");
        assertThat(cards.problems()).extracting(ScoringProblem::kind, ScoringProblem::subjectId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ScoringProblem.Kind.CONFLICTING_EVENT_ID, "a"),
                org.assertj.core.groups.Tuple.tuple(ScoringProblem.Kind.CONFLICTING_EVENT_ID, "b"));

        IdResolution r = EventOrder.resolve(List.of(forA, forB), ConflictPolicy.REJECT);
        assertThat(r.kept()).isEmpty();
        assertThat(r.rejectedSubjects()).containsExactly("a", "b");
        assertThat(r.problems()).isEqualTo(cards.problems());
    }

    @Test
    void firstWinsKeepsTheEarliestCopyAcrossSubjectsAsTheEngineDoes() {
        Event forA = event("e", "a", T.plusSeconds(5), "1", Map.of("k", "x"));
        Event forB = event("e", "b", T, "1", Map.of("k", "x"));
        Scorecards cards = score(withBystander(forA, forB), ConflictPolicy.FIRST_WINS);
        assertThat(cards.bySubject().keySet()).containsExactly("b", "c");
        assertThat(cards.total("b")).isEqualTo(Points.ofWhole(1));

        IdResolution r = EventOrder.resolve(List.of(forA, forB), ConflictPolicy.FIRST_WINS);
        assertThat(r.kept()).containsSame(forB);
        assertThat(r.rejectedSubjects()).isEmpty();
        assertThat(r.problems()).extracting(ScoringProblem::kind).containsOnly(ScoringProblem.Kind.CONFLICT_RESOLVED);
        assertThat(r.problems()).isEqualTo(cards.problems());
    }

    @Test
    void lastWinsKeepsTheLatestCopyAcrossSubjectsAsTheEngineDoes() {
        Event forA = event("e", "a", T.plusSeconds(5), "1", Map.of("k", "x"));
        Event forB = event("e", "b", T, "1", Map.of("k", "x"));
        Scorecards cards = score(withBystander(forB, forA), ConflictPolicy.LAST_WINS);
        // b's only event was the ignored copy, so b has no scorecard; it is not rejected either.
        assertThat(cards.bySubject().keySet()).containsExactly("a", "c");
        assertThat(cards.total("a")).isEqualTo(Points.ofWhole(1));

        IdResolution r = EventOrder.resolve(List.of(forB, forA), ConflictPolicy.LAST_WINS);
        assertThat(r.kept()).containsSame(forA);
        assertThat(r.problems()).isEqualTo(cards.problems()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = ConflictPolicy.class, names = {"FIRST_WINS", "LAST_WINS"})
    void copiesSharingTheDecidingTimeAreRejectedUnderFirstAndLastWins(ConflictPolicy policy) {
        Event forA = event("e", "a", T, "1", Map.of("k", "x"));
        Event forB = event("e", "b", T, "2", Map.of("k", "x"));
        Scorecards cards = score(withBystander(forA, forB), policy);
        assertThat(cards.bySubject().keySet()).containsExactly("c");

        IdResolution r = EventOrder.resolve(List.of(forA, forB), policy);
        assertThat(r.kept()).isEmpty();
        assertThat(r.rejectedSubjects()).containsExactly("a", "b");
        assertThat(r.problems()).isEqualTo(cards.problems());
        assertThat(r.problems().get(0).detail()).contains("share the deciding time");
    }

    @Test
    void aTieOnlyAtTheOtherEndDoesNotPreventAWinner() {
        Event early = event("e", "a", T, "1", Map.of("k", "x"));
        Event lateA = event("e", "b", T.plusSeconds(9), "1", Map.of("k", "x"));
        Event lateB = event("e", "c", T.plusSeconds(9), "2", Map.of("k", "x"));
        assertThat(EventOrder.resolve(List.of(lateA, early, lateB), ConflictPolicy.FIRST_WINS).kept()).containsSame(early);
        assertThat(EventOrder.resolve(List.of(lateA, early, lateB), ConflictPolicy.LAST_WINS).kept()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ConflictPolicy.class)
    void exactReplaysAreOneCopyAndReportNothing(ConflictPolicy policy) {
        Event one = event("e", "a", T, "1", Map.of("k", "x"));
        Event replay = event("e", "a", T, "1.0", Map.of("k", "x"));
        IdResolution r = EventOrder.resolve(List.of(one, replay, one), policy);
        assertThat(r.kept()).containsSame(one);
        assertThat(r.conflicting()).isFalse();
        assertThat(r.rejectedSubjects()).isEmpty();
        assertThat(score(withBystander(one, replay), policy).problems()).isEmpty();
    }

    @Test
    void resolveRejectsNoCopiesAndCopiesOfDifferentIds() {
        assertThatThrownBy(() -> EventOrder.resolve(List.of(), ConflictPolicy.REJECT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> EventOrder.resolve(List.of(event("a", "s", T, "1", Map.of()),
                event("b", "s", T, "1", Map.of())), ConflictPolicy.FIRST_WINS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'").hasMessageContaining("'b'");
    }

    @Test
    void problemDetailsQuoteQuantitiesWithoutTrailingZeros() {
        Event forA = event("e", "a", T, "5.0", Map.of());
        Event forB = event("e", "b", T.plusSeconds(1), "20", Map.of());
        String detail = EventOrder.resolve(List.of(forA, forB), ConflictPolicy.REJECT).problems().get(0).detail();
        assertThat(detail).contains("quantity=5}").contains("quantity=20}").doesNotContain("5.0");
    }

    @Test
    void quantitiesDifferingOnlyInScaleAreDistinctInTheCopyOrder() {
        Event one = event("e", "s", T, "1", Map.of());
        Event oneDotZero = event("e", "s", T, "1.0", Map.of());
        assertThat(EventOrder.COPY_ORDER.compare(one, oneDotZero)).isNegative();
        assertThat(EventOrder.COPY_ORDER.compare(oneDotZero, one)).isPositive();
    }

    @ParameterizedTest
    @EnumSource(ConflictPolicy.class)
    void attributeMapsWithTheSameTextResolveToTheSameResultInEveryInputOrder(ConflictPolicy policy) {
        // Both maps print as {k=x, z=1}; only the second one matches the rule's condition k=x.
        Event glued = event("e", "s", T, "1", Map.of("k", "x, z=1"));
        Event split = event("e", "s", T, "1", Map.of("k", "x", "z", "1"));
        Event later = event("e", "t", T.plusSeconds(1), "1", Map.of("k", "x"));
        List<List<Event>> orders = List.of(List.of(glued, split, later), List.of(glued, later, split),
                List.of(split, glued, later), List.of(split, later, glued), List.of(later, glued, split),
                List.of(later, split, glued));
        IdResolution expected = EventOrder.resolve(orders.get(0), policy);
        String expectedJson = score(withBystander(orders.get(0).toArray(Event[]::new)), policy).toJson();
        for (List<Event> order : orders) {
            assertThat(EventOrder.resolve(order, policy)).isEqualTo(expected);
            assertThat(score(withBystander(order.toArray(Event[]::new)), policy).toJson()).isEqualTo(expectedJson);
        }
        // Both glued and split are at T, so FIRST_WINS has a tie; LAST_WINS keeps the later copy.
        assertThat(expected.kept()).isEqualTo(policy == ConflictPolicy.LAST_WINS ? Optional.of(later) : Optional.empty());
        assertThat(expected.problems().get(0).detail()).contains("3 different payloads");
    }

    @Test
    void aCopyAfterAsOfNeverDisplacesAnEarlierScoredCopy() {
        Event kept = event("e", "b", AS_OF, "1", Map.of("k", "x"));
        Event tooLate = event("e", "a", AS_OF.plusNanos(1), "1", Map.of("k", "x"));
        Scorecards cards = engine().score(List.of(tooLate, kept), AS_OF);
        assertThat(cards.bySubject().keySet()).containsExactly("b");
        assertThat(cards.stats().afterAsOfIgnored()).isEqualTo(1);
        assertThat(cards.stats().duplicatesIgnored()).isZero();
        assertThat(cards.problems()).isEmpty();
    }
}

package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private static final Instant AS_OF = Instant.parse("2024-12-31T00:00:00Z");

    private static Event visit(String id, String subject, String time, String quantity) {
        return new Event(id, EventTypes.HOUSEHOLD_VISIT, subject, Instant.parse(time), new BigDecimal(quantity),
                Optional.empty(), Map.of());
    }

    private static RuleSet capped(PeriodUnit period, long cap) {
        return RuleSet.builder("t", "test", "7", DateRange.startingOn(LocalDate.of(2024, 1, 1)))
                .parameter(new Parameter("cap", "", "policy §3", Optional.of("test value"),
                        List.of(new DatedValue(LocalDate.of(2024, 1, 1), cap)), false))
                .rule(Rule.builder("visit", EventTypes.HOUSEHOLD_VISIT, new Amount.PerUnit(ValueRef.literal(100)))
                        .cap(new Cap(ValueRef.param("cap"), period, Optional.empty())).build())
                .build();
    }

    @Test
    void cappedLineExplainsRequestCapUsageAndParameter() {
        ScoringEngine engine = ScoringEngine.compile(capped(PeriodUnit.MONTH, Points.ofWhole(10)));
        Scorecards cards = engine.score(List.of(visit("a", "m", "2024-05-01T02:00:00Z", "8"),
                visit("b", "m", "2024-05-02T02:00:00Z", "5")), AS_OF);
        ScoreLine line = cards.scorecard("m").orElseThrow().lines().get(1);
        assertThat(line.reason()).isEqualTo(ReasonCode.CAPPED);
        assertThat(line.ruleRef()).isEqualTo("visit@7");
        assertThat(line.requested()).isEqualTo(Points.ofWhole(5));
        assertThat(line.granted()).isEqualTo(Points.ofWhole(2));
        assertThat(line.detail()).isEqualTo("CAPPED: requested 5.00, cap 10.00 per MONTH (rule cap), 8.00 used, granted 2.00");
        assertThat(line.parameters()).containsExactly(
                new ParameterUse("cap", Points.ofWhole(10), LocalDate.of(2024, 1, 1), "policy §3", true));
    }

    @Test
    void weeklyCapResetsOnMondayInShanghai() {
        ScoringEngine engine = ScoringEngine.compile(capped(PeriodUnit.WEEK, Points.ofWhole(3)));
        // 2024-05-05 is a Sunday; 2024-05-05T16:30Z is Monday 00:30 in Shanghai.
        Scorecards cards = engine.score(List.of(visit("a", "m", "2024-05-05T10:00:00Z", "3"),
                visit("b", "m", "2024-05-05T15:59:59Z", "3"),
                visit("c", "m", "2024-05-05T16:30:00Z", "3")), AS_OF);
        assertThat(cards.scorecard("m").orElseThrow().lines()).extracting(ScoreLine::reason)
                .containsExactly(ReasonCode.AWARDED, ReasonCode.CAP_REACHED, ReasonCode.AWARDED);
    }

    @Test
    void quarterlyCapSpansThreeMonths() {
        ScoringEngine engine = ScoringEngine.compile(capped(PeriodUnit.QUARTER, Points.ofWhole(5)));
        Scorecards cards = engine.score(List.of(visit("a", "m", "2024-04-01T02:00:00Z", "4"),
                visit("b", "m", "2024-06-30T02:00:00Z", "4"), visit("c", "m", "2024-07-01T02:00:00Z", "4")), AS_OF);
        assertThat(cards.total("m")).isEqualTo(Points.ofWhole(4 + 1 + 4));
    }

    @Test
    void exclusiveGroupAppliesOnlyTheFirstMatchingRule() {
        RuleSet rs = RuleSet.builder("t", "test", "1", DateRange.startingOn(LocalDate.of(2024, 1, 1)))
                .rule(Rule.builder("lecture", EventTypes.MEETING_ATTENDED, new Amount.Fixed(ValueRef.literal(300)))
                        .when("meeting", "党课").exclusiveGroup("meeting").build())
                .rule(Rule.builder("any-meeting", EventTypes.MEETING_ATTENDED, new Amount.Fixed(ValueRef.literal(100)))
                        .exclusiveGroup("meeting").build())
                .rule(Rule.builder("attendance-bonus", EventTypes.MEETING_ATTENDED, new Amount.Fixed(ValueRef.literal(10)))
                        .build())
                .build();
        Instant t = Instant.parse("2024-03-01T02:00:00Z");
        Scorecards cards = ScoringEngine.compile(rs).score(List.of(
                new Event("a", EventTypes.MEETING_ATTENDED, "m", t, BigDecimal.ONE, Optional.empty(), Map.of("meeting", "党课")),
                new Event("b", EventTypes.MEETING_ATTENDED, "m", t.plusSeconds(60), BigDecimal.ONE, Optional.empty(), Map.of())),
                AS_OF);
        assertThat(cards.scorecard("m").orElseThrow().lines()).extracting(ScoreLine::eventId, ScoreLine::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "lecture"),
                        org.assertj.core.groups.Tuple.tuple("a", "attendance-bonus"),
                        org.assertj.core.groups.Tuple.tuple("b", "any-meeting"),
                        org.assertj.core.groups.Tuple.tuple("b", "attendance-bonus"));
        assertThat(cards.total("m")).isEqualTo(300 + 10 + 100 + 10);
    }

    @Test
    void conflictingCopiesOfAnIdGiveTheSameResultWhateverTheInputOrder() {
        ScoringEngine engine = ScoringEngine.compile(capped(PeriodUnit.YEAR, Points.ofWhole(100)));
        Event early = visit("same", "m", "2024-05-01T02:00:00Z", "2");
        Event late = visit("same", "m", "2024-06-01T02:00:00Z", "7");
        for (ConflictPolicy policy : ConflictPolicy.values()) {
            ScoringOptions options = ScoringOptions.DEFAULT.withConflicts(policy);
            Scorecards one = engine.score(List.of(early, late), AS_OF, options);
            Scorecards other = engine.score(List.of(late, early), AS_OF, options);
            assertThat(one).as(policy.name()).isEqualTo(other);
            assertThat(one.stats().duplicatesIgnored()).isEqualTo(1);
            assertThat(one.problems()).hasSize(1);
        }
        assertThat(engine.score(List.of(late, early), AS_OF).scorecard("m")).isEmpty();
        assertThat(engine.score(List.of(late, early), AS_OF, ScoringOptions.DEFAULT.withConflicts(ConflictPolicy.FIRST_WINS))
                .total("m")).isEqualTo(Points.ofWhole(2));
    }

    @Test
    void idsAndSubjectsWithCollidingHashCodesStayDistinct() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        ScoringEngine engine = ScoringEngine.compile(capped(PeriodUnit.YEAR, Points.ofWhole(100)));
        Scorecards cards = engine.score(List.of(visit("Aa", "Aa", "2024-05-01T02:00:00Z", "1"),
                visit("BB", "BB", "2024-05-01T02:00:00Z", "2"), visit("AaBB", "Aa", "2024-05-02T02:00:00Z", "4"),
                visit("BBAa", "Aa", "2024-05-02T02:00:00Z", "8"), visit("BBAa", "Aa", "2024-05-02T02:00:00Z", "8")), AS_OF);
        assertThat(cards.totals()).containsExactly(Map.entry("Aa", Points.ofWhole(13)), Map.entry("BB", Points.ofWhole(2)));
        assertThat(cards.stats().duplicatesIgnored()).isEqualTo(1);
        assertThat(cards.scorecard("Aa").orElseThrow().lines()).extracting(ScoreLine::eventId)
                .containsExactly("Aa", "AaBB", "BBAa");
    }

    @Test
    void eventsInTheSameSecondAreOrderedByNanosThenId() {
        ScoringEngine engine = ScoringEngine.compile(capped(PeriodUnit.YEAR, Points.ofWhole(100)));
        Scorecards cards = engine.score(List.of(visit("b", "m", "2024-05-01T02:00:00.5Z", "1"),
                visit("c", "m", "2024-05-01T02:00:00.1Z", "1"), visit("a", "m", "2024-05-01T02:00:00.5Z", "1")), AS_OF);
        assertThat(cards.scorecard("m").orElseThrow().lines()).extracting(ScoreLine::eventId).containsExactly("c", "a", "b");
    }

    @Test
    void eventsMillionsOfYearsApartAreOrderedAndScoredLikeAnyOther() {
        // Farther apart than the packed (subject hash, day) sort key can hold: the comparison fallback.
        ScoringEngine engine = ScoringEngine.compile(capped(PeriodUnit.YEAR, Points.ofWhole(100)));
        Event ancient = new Event("ancient", EventTypes.HOUSEHOLD_VISIT, "m", Instant.MIN, BigDecimal.ONE,
                Optional.empty(), Map.of());
        List<Event> recent = List.of(visit("b", "m", "2024-05-02T02:00:00Z", "2"), visit("a", "m", "2024-05-01T02:00:00Z", "1"),
                visit("c", "n", "2024-05-01T02:00:00Z", "4"));
        List<Event> all = new ArrayList<>(recent);
        all.add(1, ancient);
        Scorecards cards = engine.score(all, AS_OF);
        assertThat(cards.totals()).isEqualTo(engine.score(recent, AS_OF).totals());
        assertThat(cards.stats().outsideEffectiveIgnored()).isEqualTo(1);
        assertThat(cards.scorecard("m").orElseThrow().lines()).extracting(ScoreLine::eventId).containsExactly("a", "b");
    }

    @Test
    void totalsOnlyModeGivesTheSameTotalsWithoutLines() {
        ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(new Event("e" + i, i % 3 == 0 ? EventTypes.VOLUNTEER_SERVICE : EventTypes.MEETING_ATTENDED,
                    "m" + (i % 7), Instant.parse("2024-02-01T00:00:00Z").plusSeconds(3600L * 13 * i),
                    BigDecimal.valueOf(i % 5 + 1), Optional.empty(), Map.of()));
        }
        Scorecards full = engine.score(events, AS_OF);
        Scorecards totals = engine.score(events, AS_OF, ScoringOptions.TOTALS_ONLY);
        assertThat(totals.totals()).isEqualTo(full.totals());
        assertThat(totals.bySubject().values()).allSatisfy(c -> assertThat(c.lines()).isEmpty());
        assertThat(full.bySubject().values()).allSatisfy(c -> assertThat(c.lines().stream().mapToLong(ScoreLine::granted).sum())
                .isEqualTo(c.total()));
    }

    @Test
    void resultMapIsSortedByIdLooksUpEverySubjectAndRejectsChanges() {
        ScoringEngine engine = ScoringEngine.compile(capped(PeriodUnit.YEAR, Points.ofWhole(100)));
        Scorecards cards = engine.score(List.of(visit("1", "m10", "2024-05-01T02:00:00Z", "1"),
                visit("2", "m2", "2024-05-01T02:00:00Z", "2"), visit("3", "m1", "2024-05-02T02:00:00Z", "4")), AS_OF);
        Map<String, Scorecard> map = cards.bySubject();
        assertThat(map.keySet()).containsExactly("m1", "m10", "m2");
        assertThat(map.get("m2").total()).isEqualTo(Points.ofWhole(2));
        assertThat(map.containsKey("m3")).isFalse();
        assertThat(map.get((Object) 42)).isNull();
        assertThat(cards.scorecard("nobody")).isEmpty();
        // Equal to the same cards in any other map, in both directions.
        Map<String, Scorecard> copy = new java.util.LinkedHashMap<>(map);
        assertThat(map).isEqualTo(copy);
        assertThat(copy).isEqualTo(map);
        assertThat(map.hashCode()).isEqualTo(copy.hashCode());
        assertThat(new Scorecards(cards.ruleSetId(), cards.ruleSetVersion(), cards.contentHash(), cards.asOf(), copy,
                cards.stats())).isEqualTo(cards);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.put("x", map.get("m1")))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.remove("m1"))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.keySet().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void scorecardRendersAsTextAndJson() throws Exception {
        ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("leshan-stationed-units"));
        Scorecards cards = engine.score(List.of(new Event("p1", EventTypes.UNIT_PARTICIPATION, "unit-7",
                Instant.parse("2024-03-01T02:00:00Z"), new BigDecimal("55.5"), Optional.empty(), Map.of())), AS_OF);
        String text = cards.scorecard("unit-7").orElseThrow().render();
        assertThat(text).contains("unit-7  total 55.50").contains("resource-sharing=LOSES_RESOURCE_SHARING")
                .contains("participation@2024.1").contains("participation.pointsPerUnit=1.00 (from 2024-01-01");
        JsonNode json = new ObjectMapper().readTree(cards.toJson());
        assertThat(json.get("ruleSet").asText()).isEqualTo("leshan-stationed-units");
        assertThat(json.get("contentHash").asText()).isEqualTo(engine.ruleSet().contentHash());
        JsonNode card = json.get("scorecards").get(0);
        assertThat(card.get("total").decimalValue()).isEqualByComparingTo("55.50");
        assertThat(card.get("lines").get(0).get("rule").asText()).isEqualTo("participation@2024.1");
        assertThat(card.get("lines").get(0).get("parameters").get(0).get("effectiveFrom").asText()).isEqualTo("2024-01-01");
        assertThat(card.get("grades").get("resource-sharing").get("key").asText()).isEqualTo("LOSES_RESOURCE_SHARING");
        assertThat(cards.render()).contains("leshan-stationed-units@2024.1").contains(text);
    }
}

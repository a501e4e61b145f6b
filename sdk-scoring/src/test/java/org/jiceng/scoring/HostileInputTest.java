package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile rule files and events (issue 13, items 5, 8, 9, 10 and 11): every one is rejected with a
 * clear message or reported for its subject; none wraps, spins or aborts the other subjects. The
 * timeout only guards against a hang (the old code spun for minutes on one number); it is no speed target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final Instant AS_OF = Instant.parse("2024-12-31T00:00:00Z");
    private static final Instant T = Instant.parse("2024-05-01T02:00:00Z");

    /** A rule-set document: the header fields, then {@code body} (the remaining fields). */
    private static String document(String body) {
        return "{\"id\": \"t\", \"region\": \"test\", \"version\": \"1\","
                + " \"effective\": {\"from\": \"2024-01-01\", \"to\": null},\n" + body + "}";
    }

    private static String ruleFile(String amount) {
        return document("\"rules\": [{\"id\": \"r\", \"eventType\": \"household.visit\", \"amount\": {\"fixed\": "
                + amount + "}}]");
    }

    private static Event event(String id, String type, String subject, Instant time, String quantity) {
        return new Event(id, type, subject, time, new BigDecimal(quantity), Optional.empty(), Map.of());
    }

    /** Visits award 1 point per unit; misconduct deducts 1 point per unit. */
    private static ScoringEngine perUnit() {
        return ScoringEngine.compile(RuleSet.builder("t", "test", "1", DateRange.startingOn(LocalDate.of(2024, 1, 1)))
                .rule(Rule.builder("visit", EventTypes.HOUSEHOLD_VISIT, new Amount.PerUnit(ValueRef.literal(100))).build())
                .rule(Rule.builder("misconduct", EventTypes.MISCONDUCT, new Amount.PerUnit(ValueRef.literal(100)))
                        .deduction().build())
                .build());
    }

    @Nested
    class NumbersInRuleFiles {

        @ParameterizedTest
        @ValueSource(strings = {"1e99999999", "\"1e99999999\"", "1E+2147483647", "\"1E+2147483647\"", "1e99999999999",
            "-1E+2147483647", "1e-99999999", "\"1E-2147483647\"", "123456789012345678901234567890"})
        void hugeExponentsAndDigitCountsAreRejectedWithFilePathAndValue(String amount) {
            assertThatThrownBy(() -> RuleSets.parse(ruleFile(amount), "hostile.json"))
                    .isInstanceOf(RuleSetLoadException.class)
                    .satisfies(e -> {
                        RuleSetLoadException le = (RuleSetLoadException) e;
                        assertThat(le.source()).isEqualTo("hostile.json");
                        assertThat(le.jsonPath()).startsWith("$.rules[0].amount.fixed");
                        assertThat(le.getMessage()).hasSizeLessThan(400);
                    });
        }

        @Test
        void outOfRangeValueIsNamedInTheMessage() {
            assertThatThrownBy(() -> RuleSets.parse(ruleFile("1e99999999"), "hostile.json"))
                    .hasMessageContaining("1E+99999999").hasMessageContaining("out of range");
            assertThatThrownBy(() -> RuleSets.parse(ruleFile("0.001"), "hostile.json"))
                    .hasMessageContaining("0.001").hasMessageContaining("more than two decimals");
        }

        @Test
        void overlongNumbersAreRejectedBeforeParsingAndQuotedShortened() {
            String digits = "9".repeat(5_000);
            assertThatThrownBy(() -> RuleSets.parse(ruleFile(digits), "long.json"))
                    .isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("$.rules[0].amount.fixed").hasMessageContaining("5000");
            assertThatThrownBy(() -> RuleSets.parse(ruleFile('"' + digits + '"'), "long.json"))
                    .isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("$.rules[0].amount.fixed").hasMessageContaining("(5000 characters)")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
        }

        @Test
        void floatingLiteralsAreReadExactlyNotThroughDouble() {
            // 12345678901234.57 has no exact double; through double it became ...4.56 or a "more than two decimals" error.
            RuleSet rs = RuleSets.parse(ruleFile("12345678901234.57"), "exact.json");
            assertThat(rs.rule("r").orElseThrow().amount()).isEqualTo(new Amount.Fixed(ValueRef.literal(1_234_567_890_123_457L)));
        }

        @Test
        void pointsConversionRejectsHugeExponentsWithoutArithmetic() {
            assertThatThrownBy(() -> Points.of(new BigDecimal("1E+2147483647"))).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Points.of(new BigDecimal("1E-2147483647"))).isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("two decimals");
            assertThat(Points.of(new BigDecimal("0E+2147483647"))).isZero();
            assertThat(Points.of(new BigDecimal("2.500"))).isEqualTo(250);
        }
    }

    @Nested
    class RuleSemantics {

        @Test
        void negativeAmountOnAnAwardRuleIsRejectedNotMadePositive() {
            assertThatThrownBy(() -> RuleSets.parse(ruleFile("-5"), "neg.json"))
                    .isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("$.rules[0].amount.fixed").hasMessageContaining("negative value -5.00")
                    .hasMessageContaining("\"deduction\": true");
        }

        @Test
        void negativeCapIsRejected() {
            String json = document("""
                     "rules": [{"id": "r", "eventType": "household.visit", "amount": {"fixed": 1},
                                "cap": {"max": -1, "period": "MONTH"}}]
                    """);
            assertThatThrownBy(() -> RuleSets.parse(json, "cap.json")).isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("$.rules[0].cap.max").hasMessageContaining("negative value -1.00");
        }

        @Test
        void negativeParameterUsedAsAnAmountIsRejected() {
            String json = document("""
                     "parameters": {"p": {"policyRef": "x", "values": {"2024-01-01": 2, "2024-06-01": -3}}},
                     "rules": [{"id": "r", "eventType": "household.visit", "amount": {"perUnit": "$p"}}]
                    """);
            assertThatThrownBy(() -> RuleSets.parse(json, "param.json")).isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("Parameter 'p'").hasMessageContaining("rule 'r'").hasMessageContaining("-3.00")
                    .hasMessageContaining("2024-06-01");
        }

        @Test
        void negativeLiteralInACodeBuiltRuleSetIsRejected() {
            RuleSet.Builder b = RuleSet.builder("t", "test", "1", DateRange.startingOn(LocalDate.of(2024, 1, 1)))
                    .rule(Rule.builder("r", EventTypes.HOUSEHOLD_VISIT, new Amount.Fixed(ValueRef.literal(-500))).build());
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5.00");
        }

        @Test
        void duplicateKeysAreRejectedNotLastWins() {
            String json = document("""
                     "rules": [{"id": "r", "eventType": "misconduct", "amount": {"fixed": 5}, "deduction": true,
                                "deduction": false}]
                    """);
            assertThatThrownBy(() -> RuleSets.parse(json, "dup.json")).isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("dup.json").hasMessageContaining("$.rules[0]")
                    .hasMessageContaining("Duplicate field 'deduction'");
        }

        @Test
        void ruleForAnUndeclaredEventTypeIsAWarningAndADeclarationSilencesIt() {
            String json = document("""
                     %s
                     "rules": [{"id": "typo", "eventType": "meeting.atended", "amount": {"fixed": 1}},
                               {"id": "fine", "eventType": "meeting.attended", "amount": {"fixed": 1}}]
                    """);
            RuleSet undeclared = RuleSets.parse(json.replace("%s", ""), "types.json");
            assertThat(undeclared.warnings()).singleElement().asString().contains("'typo'").contains("'meeting.atended'");
            RuleSet declared = RuleSets.parse(json.replace("%s", "\"eventTypes\": {\"meeting.atended\": \"a local type\"},"),
                    "types.json");
            assertThat(declared.warnings()).isEmpty();
            assertThat(declared.eventTypes()).containsEntry("meeting.atended", "a local type");
            // The declaration is content: it survives the canonical JSON.
            RuleSet again = RuleSets.parse(declared.toJson(), "canonical.json");
            assertThat(again.contentHash()).isEqualTo(declared.contentHash());
            assertThat(again.warnings()).isEmpty();
        }

        @Test
        void everyInstalledPackDeclaresTheEventTypesItScores() {
            for (String id : RuleSets.available()) {
                assertThat(RuleSets.builtIn(id).warnings()).as(id).isEmpty();
            }
        }
    }

    @Nested
    class ParentsOutsideTheRuleDirectory {

        @TempDir
        Path root;

        private static final String PARENT = """
                {"id": "x", "region": "test", "version": "1", "effective": {"from": "2024-01-01", "to": null},
                 "rules": [{"id": "r", "eventType": "household.visit", "amount": {"fixed": 1}}]}
                """;

        private Path child(Path dir, String parent) throws IOException {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve("child.json"),
                    "{\"id\": \"c\", \"version\": \"2\", \"extends\": \"" + parent + "\"}", StandardCharsets.UTF_8);
        }

        @Test
        void dotDotInExtendsIsRefusedEvenWhenTheFileExists() throws IOException {
            Files.writeString(root.resolve("x.json"), PARENT, StandardCharsets.UTF_8);
            Path child = child(root.resolve("a").resolve("b"), "../../x");
            assertThatThrownBy(() -> RuleSets.load(child)).isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("$.extends").hasMessageContaining("outside the rule directory");
        }

        @Test
        void siblingThatLinksOutOfTheDirectoryIsRefused() throws IOException {
            Path outside = Files.writeString(root.resolve("elsewhere.json"), PARENT, StandardCharsets.UTF_8);
            Path rules = root.resolve("rules");
            Path child = child(rules, "x");
            Files.createSymbolicLink(rules.resolve("x.json"), outside);
            assertThatThrownBy(() -> RuleSets.load(child)).isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("$.extends").hasMessageContaining("link");
        }

        @Test
        void parentInTheSameDirectoryStillLoads() throws IOException {
            Path rules = root.resolve("rules");
            Path child = child(rules, "x");
            Files.writeString(rules.resolve("x.json"), PARENT, StandardCharsets.UTF_8);
            assertThat(RuleSets.load(child).parentId()).contains("x");
        }
    }

    @Nested
    class EventQuantities {

        @Test
        void quantityBeyondTheLongRangeIsReportedForItsSubjectNeverWrapped() {
            // 2^64 + 1 wrapped to 1 through BigDecimal.longValue(): grave misconduct became minor.
            String huge = BigInteger.TWO.pow(64).add(BigInteger.ONE).toString();
            Scorecards cards = perUnit().score(List.of(event("m1", EventTypes.MISCONDUCT, "grave", T, huge),
                    event("v1", EventTypes.HOUSEHOLD_VISIT, "grave", T, "3"),
                    event("v2", EventTypes.HOUSEHOLD_VISIT, "other", T, "2")), AS_OF);
            assertThat(cards.scorecard("grave")).isEmpty();
            assertThat(cards.total("other")).isEqualTo(Points.ofWhole(2));
            assertThat(cards.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(ScoringProblem.Kind.QUANTITY_OUT_OF_RANGE);
                assertThat(p.subjectId()).isEqualTo("grave");
                assertThat(p.eventId()).isEqualTo("m1");
                assertThat(p.detail()).contains(huge);
            });
            assertThat(cards.hasRejectedSubjects()).isTrue();
        }

        @Test
        void hugeExponentQuantityDoesNotAbortTheOtherSubjects() {
            Scorecards cards = perUnit().score(List.of(event("a", EventTypes.HOUSEHOLD_VISIT, "bad", T, "1E+30"),
                    event("b", EventTypes.HOUSEHOLD_VISIT, "good", T, "4"),
                    event("c", EventTypes.HOUSEHOLD_VISIT, "worse", T, "1E+999999999"),
                    event("d", EventTypes.HOUSEHOLD_VISIT, "tiny", T, "1E-999999999")), AS_OF,
                    ScoringOptions.TOTALS_ONLY);
            assertThat(cards.totals()).containsExactly(Map.entry("good", Points.ofWhole(4)), Map.entry("tiny", 0L));
            assertThat(cards.problems()).extracting(ScoringProblem::subjectId, ScoringProblem::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("bad", ScoringProblem.Kind.QUANTITY_OUT_OF_RANGE),
                    org.assertj.core.groups.Tuple.tuple("worse", ScoringProblem.Kind.QUANTITY_OUT_OF_RANGE));
            assertThat(cards.toJson()).contains("\"problems\"").contains("QUANTITY_OUT_OF_RANGE");
        }

        @Test
        void totalsThatWouldOverflowAreReportedNotNegative() {
            // Each event grants 9e14 points, in range; 103 of them are beyond a long of hundredths.
            // With += the total wrapped to a large negative number.
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                events.add(event(String.format(java.util.Locale.ROOT, "e%03d", i), EventTypes.HOUSEHOLD_VISIT, "rich",
                        T.plusSeconds(i), "900000000000000"));
            }
            events.add(event("o", EventTypes.HOUSEHOLD_VISIT, "other", T, "1"));
            Scorecards cards = perUnit().score(events, AS_OF);
            assertThat(cards.scorecard("rich")).isEmpty();
            assertThat(cards.total("other")).isEqualTo(Points.ofWhole(1));
            assertThat(cards.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(ScoringProblem.Kind.POINTS_OUT_OF_RANGE);
                assertThat(p.eventId()).isEqualTo("e102");
            });
        }

        @Test
        void pointsOfOneEventBeyondTheRangeAreReported() {
            // 1e15 units at 100 points each: the product overflows (it aborted the whole run before).
            ScoringEngine engine = ScoringEngine.compile(RuleSet.builder("t", "test", "1",
                    DateRange.startingOn(LocalDate.of(2024, 1, 1)))
                    .rule(Rule.builder("visit", EventTypes.HOUSEHOLD_VISIT, new Amount.PerUnit(ValueRef.literal(10_000)))
                            .build()).build());
            Scorecards cards = engine.score(List.of(event("a", EventTypes.HOUSEHOLD_VISIT, "x", T, "1000000000000000"),
                    event("b", EventTypes.HOUSEHOLD_VISIT, "y", T, "1")), AS_OF, ScoringOptions.TOTALS_ONLY.inParallel());
            assertThat(cards.totals()).containsExactly(Map.entry("y", Points.ofWhole(100)));
            assertThat(cards.problems()).extracting(ScoringProblem::kind).containsExactly(ScoringProblem.Kind.POINTS_OUT_OF_RANGE);
        }

        @Test
        void negativeQuantityIsReportedNotMadePositive() {
            Scorecards cards = perUnit().score(List.of(event("a", EventTypes.HOUSEHOLD_VISIT, "m", T, "-5"),
                    event("b", EventTypes.HOUSEHOLD_VISIT, "m", T.plusSeconds(1), "2"),
                    event("c", EventTypes.MISCONDUCT, "n", T, "-0.001")), AS_OF);
            assertThat(cards.bySubject()).isEmpty();
            assertThat(cards.problems()).extracting(ScoringProblem::subjectId, ScoringProblem::eventId, ScoringProblem::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("m", "a", ScoringProblem.Kind.NEGATIVE_QUANTITY),
                            org.assertj.core.groups.Tuple.tuple("n", "c", ScoringProblem.Kind.NEGATIVE_QUANTITY));
            assertThat(cards.problems().get(0).detail()).contains("-5");
        }

        @Test
        void pointsQuantityConversionNeverWraps() {
            assertThatThrownBy(() -> Points.quantity(new BigDecimal(BigInteger.TWO.pow(64).add(BigInteger.ONE))))
                    .isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Points.quantity(new BigDecimal("1E+2147483647"))).isInstanceOf(ArithmeticException.class);
            assertThat(Points.quantity(new BigDecimal("1E-2147483647"))).isZero();
            assertThat(Points.quantity(new BigDecimal("9999999999999999"))).isEqualTo(999_999_999_999_999_900L);
            assertThat(Points.quantity(new BigDecimal("92233720368547758"))).isEqualTo(9_223_372_036_854_775_800L);
            assertThatThrownBy(() -> Points.quantity(new BigDecimal("92233720368547759"))).isInstanceOf(ArithmeticException.class);
            assertThat(Points.quantity(new BigDecimal("1.255"))).isEqualTo(126);
        }
    }

    @Nested
    class ConflictingEventIds {

        private final Event deduction = event("same", EventTypes.MISCONDUCT, "m", T, "5");
        private final Event laterAward = event("same", EventTypes.HOUSEHOLD_VISIT, "m", T.plusSeconds(3600), "1");
        private final Event otherSubject = event("o", EventTypes.HOUSEHOLD_VISIT, "n", T, "2");

        @Test
        void byDefaultAConflictRejectsItsSubjectWithBothPayloadsAndScoresTheOthers() {
            // Before: resolved by type name ("household.visit" < "misconduct"), erasing the deduction.
            for (List<Event> input : List.of(List.of(deduction, laterAward, otherSubject),
                    List.of(otherSubject, laterAward, deduction))) {
                Scorecards cards = perUnit().score(input, AS_OF);
                assertThat(cards.scorecard("m")).isEmpty();
                assertThat(cards.total("n")).isEqualTo(Points.ofWhole(2));
                assertThat(cards.problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ScoringProblem.Kind.CONFLICTING_EVENT_ID);
                    assertThat(p.eventId()).isEqualTo("same");
                    assertThat(p.detail()).contains("type=misconduct").contains("type=household.visit")
                            .contains("policy REJECT");
                });
            }
        }

        @Test
        void conflictAcrossSubjectsRejectsBoth() {
            Event elsewhere = event("same", EventTypes.HOUSEHOLD_VISIT, "n", T, "1");
            Scorecards cards = perUnit().score(List.of(deduction, elsewhere, otherSubject,
                    event("p", EventTypes.HOUSEHOLD_VISIT, "p", T, "1")), AS_OF);
            assertThat(cards.bySubject().keySet()).containsExactly("p");
            assertThat(cards.problems()).extracting(ScoringProblem::subjectId).containsExactly("m", "n");
        }

        @Test
        void firstWinsKeepsTheEarliestCopyAndReportsTheConflict() {
            ScoringOptions first = ScoringOptions.DEFAULT.withConflicts(ConflictPolicy.FIRST_WINS);
            Scorecards cards = perUnit().score(List.of(laterAward, deduction), AS_OF, first);
            assertThat(cards.total("m")).isEqualTo(-Points.ofWhole(5));
            assertThat(cards.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(ScoringProblem.Kind.CONFLICT_RESOLVED);
                assertThat(p.kind().rejectsSubject()).isFalse();
                assertThat(p.detail()).contains("scored {type=misconduct");
            });
        }

        @Test
        void lastWinsKeepsTheLatestCopy() {
            ScoringOptions last = ScoringOptions.TOTALS_ONLY.withConflicts(ConflictPolicy.LAST_WINS);
            assertThat(perUnit().score(List.of(deduction, laterAward), AS_OF, last).total("m")).isEqualTo(Points.ofWhole(1));
            assertThat(perUnit().score(List.of(laterAward, deduction), AS_OF, last).total("m")).isEqualTo(Points.ofWhole(1));
        }

        @Test
        void copiesAtTheSameTimeHaveNoFirstAndAreRejected() {
            Event sameTime = event("same", EventTypes.HOUSEHOLD_VISIT, "m", T, "1");
            Scorecards cards = perUnit().score(List.of(deduction, sameTime), AS_OF,
                    ScoringOptions.DEFAULT.withConflicts(ConflictPolicy.FIRST_WINS));
            assertThat(cards.scorecard("m")).isEmpty();
            assertThat(cards.problems()).extracting(ScoringProblem::kind).containsExactly(ScoringProblem.Kind.CONFLICTING_EVENT_ID);
        }

        @Test
        void exactCopiesStayIdempotentIncludingQuantitiesWrittenDifferently() {
            Event again = event("same", EventTypes.MISCONDUCT, "m", T, "5.00");
            List<Event> input = new ArrayList<>(List.of(deduction, again, deduction, otherSubject));
            Collections.reverse(input);
            Scorecards cards = perUnit().score(input, AS_OF);
            assertThat(cards.problems()).isEmpty();
            assertThat(cards.total("m")).isEqualTo(-Points.ofWhole(5));
            assertThat(cards.stats().duplicatesIgnored()).isEqualTo(2);
        }
    }

    @Nested
    class ExtremeInstants {

        private ScoringEngine withoutExpiry() {
            return perUnit();
        }

        @Test
        void asOfInstantMaxScoresEventsAtTheEndOfTimeWithoutExpiringRules() {
            Instant yearOneBillion = Instant.parse("+1000000000-06-01T00:00:00Z");
            Scorecards cards = withoutExpiry().score(List.of(event("a", EventTypes.HOUSEHOLD_VISIT, "m", yearOneBillion, "2"),
                    event("b", EventTypes.HOUSEHOLD_VISIT, "m", Instant.MAX, "3"),
                    event("c", EventTypes.HOUSEHOLD_VISIT, "m", T, "1")), Instant.MAX);
            assertThat(cards.total("m")).isEqualTo(Points.ofWhole(6));
            assertThat(cards.scorecard("m").orElseThrow().lines()).extracting(ScoreLine::eventId).containsExactly("c", "a", "b");
        }

        @Test
        void asOfBeyondTheCalendarWithExpiringRulesIsRejectedWithAClearMessage() {
            ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
            List<Event> events = List.of(event("a", EventTypes.MEETING_ATTENDED, "m", T, "1"));
            assertThatThrownBy(() -> engine.score(events, Instant.MAX)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("asOf +1000000000-12-31T23:59:59.999999999Z")
                    .hasMessageContaining("+999999999-12-31").hasMessageContaining("expire");
        }

        @Test
        void asOfOnTheLastDayOfTheCalendarWithExpiringRulesWorks() {
            ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
            Instant lastDay = LocalDate.MAX.atStartOfDay(org.jiceng.scoring.internal.ShanghaiCalendar.ZONE).toInstant();
            Scorecards cards = engine.score(List.of(event("a", EventTypes.MEETING_ATTENDED, "m", T, "1"),
                    event("b", EventTypes.MEETING_ATTENDED, "m", lastDay.minusSeconds(86_400), "1")), lastDay);
            assertThat(cards.scorecard("m")).isPresent();
            assertThat(cards.problems()).isEmpty();
        }
    }

    @Nested
    class DefaultLocale {

        @Test
        void resultsMessagesAndRuleSetsDoNotDependOnTheDefaultLocale() {
            List<Event> events = List.of(event("v", EventTypes.VOLUNTEER_SERVICE, "m", T, "7.5"),
                    event("i", EventTypes.MEETING_ATTENDED, "m", T.plusSeconds(60), "1"),
                    event("n", EventTypes.HOUSEHOLD_VISIT, "n", T, "-1"));
            ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
            String reference = engine.score(events, AS_OF).render() + engine.score(events, AS_OF).toJson()
                    + RuleSets.builtIn("guandu-party-member-points").toJson() + loadError("LIFETIME") + loadError("lifetime");
            Locale before = Locale.getDefault();
            try {
                for (String tag : List.of("tr-TR", "ar-EG", "th-TH-u-nu-thai", "de-DE", "hi-IN-u-nu-deva")) {
                    Locale.setDefault(Locale.forLanguageTag(tag));
                    String again = engine.score(events, AS_OF).render() + engine.score(events, AS_OF).toJson()
                            + RuleSets.builtIn("guandu-party-member-points").toJson() + loadError("LIFETIME")
                            + loadError("lifetime");
                    assertThat(again).as(tag).isEqualTo(reference);
                }
            } finally {
                Locale.setDefault(before);
            }
        }

        private String loadError(String period) {
            String json = document("""
                     "rules": [{"id": "r", "eventType": "household.visit", "amount": {"fixed": 1.005},
                                "oncePer": "%s"}]
                    """).replace("%s", period);
            try {
                RuleSets.parse(json, "locale.json");
                return "loaded";
            } catch (RuleSetLoadException e) {
                return e.getMessage();
            }
        }
    }
}

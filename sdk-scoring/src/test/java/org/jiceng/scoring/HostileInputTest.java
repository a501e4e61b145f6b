package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.EventTypes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile rule files (issue 13, items 5 and 9): every one is rejected with a clear message or
 * loaded with a warning; none spins, overflows or is silently changed. The
 * timeout only guards against a hang (the old code spun for minutes on one number); it is no speed target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static String ruleFile(String amount) {
        return """
                {"id": "t", "region": "test", "version": "1", "effective": {"from": "2024-01-01", "to": null},
                 "rules": [{"id": "r", "eventType": "household.visit", "amount": {"fixed": %s}}]}
                """.formatted(amount);
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
            String json = """
                    {"id": "t", "region": "test", "version": "1", "effective": {"from": "2024-01-01", "to": null},
                     "rules": [{"id": "r", "eventType": "household.visit", "amount": {"fixed": 1},
                                "cap": {"max": -1, "period": "MONTH"}}]}
                    """;
            assertThatThrownBy(() -> RuleSets.parse(json, "cap.json")).isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("$.rules[0].cap.max").hasMessageContaining("negative value -1.00");
        }

        @Test
        void negativeParameterUsedAsAnAmountIsRejected() {
            String json = """
                    {"id": "t", "region": "test", "version": "1", "effective": {"from": "2024-01-01", "to": null},
                     "parameters": {"p": {"policyRef": "x", "values": {"2024-01-01": 2, "2024-06-01": -3}}},
                     "rules": [{"id": "r", "eventType": "household.visit", "amount": {"perUnit": "$p"}}]}
                    """;
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
            String json = """
                    {"id": "t", "region": "test", "version": "1", "effective": {"from": "2024-01-01", "to": null},
                     "rules": [{"id": "r", "eventType": "misconduct", "amount": {"fixed": 5}, "deduction": true,
                                "deduction": false}]}
                    """;
            assertThatThrownBy(() -> RuleSets.parse(json, "dup.json")).isInstanceOf(RuleSetLoadException.class)
                    .hasMessageContaining("dup.json").hasMessageContaining("$.rules[0]")
                    .hasMessageContaining("Duplicate field 'deduction'");
        }

        @Test
        void ruleForAnUndeclaredEventTypeIsAWarningAndADeclarationSilencesIt() {
            String json = """
                    {"id": "t", "region": "test", "version": "1", "effective": {"from": "2024-01-01", "to": null},
                     %s
                     "rules": [{"id": "typo", "eventType": "meeting.atended", "amount": {"fixed": 1}},
                               {"id": "fine", "eventType": "meeting.attended", "amount": {"fixed": 1}}]}
                    """;
            RuleSet undeclared = RuleSets.parse(json.formatted(""), "types.json");
            assertThat(undeclared.warnings()).singleElement().asString().contains("'typo'").contains("'meeting.atended'");
            RuleSet declared = RuleSets.parse(json.formatted("\"eventTypes\": {\"meeting.atended\": \"a local type\"},"),
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
}

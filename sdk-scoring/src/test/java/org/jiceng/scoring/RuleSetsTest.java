package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetsTest {

    private static final String PARENT = """
            {"id": "parent", "region": "test", "version": "1",
             "effective": {"from": "2024-01-01", "to": null},
             "parameters": {"p": {"policyRef": "doc §1", "values": {"2024-01-01": 2}}},
             "rules": [{"id": "meeting", "eventType": "meeting.attended", "amount": {"fixed": "$p"}},
                       {"id": "visit", "eventType": "household.visit", "amount": {"perUnit": 1}}]}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void childReplacesParentRuleInPlaceOnlyWithExplicitOverride() throws IOException {
        write("parent.json", PARENT);
        Path child = write("child.json", """
                {"id": "child", "version": "2", "extends": "parent",
                 "rules": [{"id": "meeting", "overrides": true, "eventType": "meeting.attended", "amount": {"fixed": 5}},
                           {"id": "extra", "eventType": "misconduct", "amount": {"fixed": 1}, "deduction": true}]}
                """);
        RuleSet rs = RuleSets.load(child);
        assertThat(rs.rules()).extracting(Rule::id).containsExactly("meeting", "visit", "extra");
        assertThat(rs.rule("meeting").orElseThrow().amount()).isEqualTo(new Amount.Fixed(ValueRef.literal(500)));
        assertThat(rs.region()).isEqualTo("test");
        assertThat(rs.parentId()).contains("parent");
        assertThat(rs.parameters()).containsKey("p");
    }

    @Test
    void rejectsRuleSetsThatExtendEachOtherInACycle() throws IOException {
        write("a.json", "{\"id\": \"a\", \"version\": \"1\", \"extends\": \"b\"}");
        Path b = write("b.json", "{\"id\": \"b\", \"version\": \"1\", \"extends\": \"a\"}");
        assertThatThrownBy(() -> RuleSets.load(b)).isInstanceOf(RuleSetLoadException.class)
                .hasMessageContaining("$.extends").hasMessageContaining("cycle");
    }

    @Test
    void reportsAMissingFileByName() {
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> RuleSets.load(missing)).isInstanceOf(RuleSetLoadException.class)
                .hasMessageContaining("missing.json").hasMessageContaining("cannot read file");
    }

    @Test
    void rejectsChildRuleThatShadowsParentRuleWithoutOverride() throws IOException {
        write("parent.json", PARENT);
        Path child = write("child.json", """
                {"id": "child", "version": "2", "extends": "parent",
                 "rules": [{"id": "visit", "eventType": "household.visit", "amount": {"perUnit": 3}}]}
                """);
        assertThatThrownBy(() -> RuleSets.load(child)).isInstanceOf(RuleSetLoadException.class)
                .hasMessageContaining("child.json").hasMessageContaining("$.rules[0]")
                .hasMessageContaining("rule 'visit' already exists in the parent").hasMessageContaining("\"overrides\": true");
    }

    @Test
    void rejectsOverrideOfRuleTheParentDoesNotHave() throws IOException {
        write("parent.json", PARENT);
        Path child = write("child.json", """
                {"id": "child", "version": "2", "extends": "parent",
                 "rules": [{"id": "new", "overrides": true, "eventType": "x", "amount": {"fixed": 1}}]}
                """);
        assertThatThrownBy(() -> RuleSets.load(child)).hasMessageContaining("$.rules[0]")
                .hasMessageContaining("parent rule set has no such entry");
    }

    @Test
    void rejectsParameterThatShadowsParentParameterWithoutOverride() throws IOException {
        write("parent.json", PARENT);
        Path child = write("child.json", """
                {"id": "child", "version": "2", "extends": "parent",
                 "parameters": {"p": {"policyRef": "x", "values": {"2024-01-01": 3}}}}
                """);
        assertThatThrownBy(() -> RuleSets.load(child)).hasMessageContaining("$.parameters['p']")
                .hasMessageContaining("parameter 'p' already exists");
    }

    @Test
    void rejectsTwoRulesWithTheSameIdInOneFile() {
        String json = PARENT.replace("\"id\": \"visit\"", "\"id\": \"meeting\"");
        assertThatThrownBy(() -> RuleSets.parse(json, "dup.json")).isInstanceOf(RuleSetLoadException.class)
                .hasMessageContaining("dup.json $.rules[1].id: two rules with id 'meeting'");
    }

    @Test
    void rejectsUnknownFieldWithItsPath() {
        String json = PARENT.replace("\"perUnit\": 1}", "\"perUnit\": 1}, \"capp\": {}");
        assertThatThrownBy(() -> RuleSets.parse(json, "typo.json"))
                .hasMessageStartingWith("typo.json $.rules[1].capp: unknown field 'capp'");
    }

    @Test
    void rejectsUnknownCapPeriodListingTheAcceptedOnes() {
        String json = PARENT.replace("\"perUnit\": 1}", "\"perUnit\": 1}, \"cap\": {\"max\": 5, \"period\": \"MONHT\"}");
        assertThatThrownBy(() -> RuleSets.parse(json, "p.json"))
                .hasMessageContaining("$.rules[1].cap.period: unknown value 'MONHT'").hasMessageContaining("MONTH");
    }

    @Test
    void rejectsReferenceToUnknownParameter() {
        String json = PARENT.replace("\"$p\"", "\"$q\"");
        assertThatThrownBy(() -> RuleSets.parse(json, "p.json")).hasMessageContaining("unknown parameter 'q'");
    }

    @Test
    void rejectsValuesWithMoreThanTwoDecimals() {
        String json = PARENT.replace("\"perUnit\": 1", "\"perUnit\": 1.005");
        assertThatThrownBy(() -> RuleSets.parse(json, "p.json"))
                .hasMessageContaining("$.rules[1].amount.perUnit: value 1.005 has more than two decimals");
    }

    @Test
    void reportsLineAndColumnOfMalformedJson() {
        assertThatThrownBy(() -> RuleSets.parse("{\n  \"id\": \"x\",,\n}", "bad.json"))
                .hasMessageContaining("bad.json $ (line 2").hasMessageContaining("not valid JSON");
    }

    @Test
    void rejectsIndexWhoseCategoryWeightsDoNotSumTo100() {
        String json = """
                {"id": "i", "region": "r", "version": "1", "effective": {"from": "2024-01-01"},
                 "index": {"name": "x", "missingPolicy": "ZERO", "categories": [
                   {"id": "a", "weight": 60, "indicators": [{"id": "a1", "weight": 100}]},
                   {"id": "b", "weight": 30, "indicators": [{"id": "b1", "weight": 100}]}]}}
                """;
        assertThatThrownBy(() -> RuleSets.parse(json, "i.json"))
                .hasMessageContaining("i.json $.index: Category weights of index 'x' must sum to 100, but sum to 90.00");
    }

    @Test
    void contentHashIgnoresFormattingAndKeyOrderButNotValues() {
        RuleSet a = RuleSets.parse(PARENT, "a");
        String reordered = """
                {"version": "1", "region": "test", "id": "parent",
                 "rules": [{"eventType": "meeting.attended", "id": "meeting", "amount": {"fixed": "$p"}},
                           {"amount": {"perUnit": 1.00}, "eventType": "household.visit", "id": "visit"}],
                 "parameters": {"p": {"values": {"2024-01-01": "2.0"}, "policyRef": "doc §1", "note": "notes do not count"}},
                 "effective": {"to": null, "from": "2024-01-01"}}
                """;
        RuleSet b = RuleSets.parse(reordered, "b");
        RuleSet c = RuleSets.parse(PARENT.replace("\"2024-01-01\": 2}", "\"2024-01-01\": 3}"), "c");
        assertThat(b.contentHash()).isEqualTo(a.contentHash()).hasSize(64);
        assertThat(c.contentHash()).isNotEqualTo(a.contentHash());
    }

    @Test
    void ruleSetBuiltInCodeHasTheSameHashAsTheSameRuleSetInJson() {
        RuleSet code = RuleSet.builder("parent", "test", "1", DateRange.startingOn(LocalDate.of(2024, 1, 1)))
                .parameter(Parameter.of("p", "doc §1", LocalDate.of(2024, 1, 1), 200))
                .rule(Rule.builder("meeting", "meeting.attended", new Amount.Fixed(ValueRef.param("p"))).build())
                .rule(Rule.builder("visit", "household.visit", new Amount.PerUnit(ValueRef.literal(100))).build())
                .build();
        assertThat(code.contentHash()).isEqualTo(RuleSets.parse(PARENT, "json").contentHash());
    }

    @Test
    void everyBuiltInRuleSetSurvivesACanonicalJsonRoundTrip() {
        for (String id : RuleSets.available()) {
            RuleSet rs = RuleSets.builtIn(id);
            RuleSet back = RuleSets.parse(rs.toJson(), id + " canonical");
            assertThat(back.contentHash()).as(id).isEqualTo(rs.contentHash());
            assertThat(back.toJson()).as(id).isEqualTo(rs.toJson());
        }
    }

    @Test
    void unknownBuiltInIdListsTheAvailableOnes() {
        assertThatThrownBy(() -> RuleSets.builtIn("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'").hasMessageContaining("leshan-stationed-units");
    }

    @Test
    void builtInPacksMarkEveryUnpublishedValueAsAnAssumption() {
        RuleSet rs = RuleSets.builtIn("party-member-points");
        assertThat(rs.parameters().values()).allSatisfy(p -> assertThat(p.assumption()).isPresent());
        assertThat(RuleSets.builtIn("leshan-stationed-units").parameters().get("participation.pointsPerUnit").assumption())
                .isEqualTo(Optional.empty());
    }

    @Test
    void rejectsRulesSharingACapGroupWithDifferentCaps() {
        String json = PARENT.replace("\"amount\": {\"fixed\": \"$p\"}",
                "\"amount\": {\"fixed\": \"$p\"}, \"cap\": {\"max\": 5, \"period\": \"MONTH\", \"group\": \"g\"}")
                .replace("\"perUnit\": 1}", "\"perUnit\": 1}, \"cap\": {\"max\": 6, \"period\": \"MONTH\", \"group\": \"g\"}");
        assertThatThrownBy(() -> RuleSets.parse(json, "g.json")).hasMessageContaining("shares cap group 'g'");
    }

    @Test
    void guanduPackExtendsTheBasePackWithExplicitOverrides() {
        RuleSet guandu = RuleSets.builtIn("guandu-party-member-points");
        RuleSet base = RuleSets.builtIn("party-member-points");
        assertThat(guandu.parentId()).contains("party-member-points");
        assertThat(guandu.rules()).extracting(Rule::id).containsExactlyElementsOf(
                base.rules().stream().map(Rule::id).toList());
        assertThat(guandu.rule("volunteer").orElseThrow().overrides()).isTrue();
        assertThat(guandu.parameters().get("service.monthlyCap").values()).hasSize(2);
        assertThat(List.of(guandu.contentHash())).doesNotContain(base.contentHash());
    }
}

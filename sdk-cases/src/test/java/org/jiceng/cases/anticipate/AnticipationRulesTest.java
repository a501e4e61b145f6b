package org.jiceng.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnticipationRulesTest {

    private static final String VALID = """
            {"id": "t", "version": "1", "alpha": 0.05,
             "detectors": {"emerging": {"windowWeeks": 2, "minCount": 3, "historyWeeks": 8,
                                        "minHistoryWeeks": 4, "note": "n"}}}
            """;

    private static AnticipationRulesException bind(String json) {
        try {
            Anticipation.anticipator(AnticipationRules.parse(json, "rules.json"));
        } catch (AnticipationRulesException e) {
            return e;
        }
        throw new AssertionError("expected the rule set to be refused: " + json);
    }

    @Test
    void builtInPackRunsRecurringEmergingClusterAndSeasonalAtAlphaOnePercent() {
        AnticipationRules rules = AnticipationRules.builtIn();
        assertThat(rules.id()).isEqualTo("jiceng-anticipation");
        assertThat(rules.alpha()).isEqualTo(0.01);
        assertThat(rules.detectors()).containsOnlyKeys("recurring", "emerging", "cluster", "seasonal");
        assertThat(Anticipation.anticipator(rules).detectorNames()).containsExactly("recurring", "emerging", "cluster",
                "seasonal");
    }

    @Test
    void aValidRuleSetWithNotesBinds() {
        AnticipationRules rules = AnticipationRules.parse(VALID, "rules.json");
        assertThat(rules.detectors().get("emerging").values()).containsOnlyKeys("windowWeeks", "minCount",
                "historyWeeks", "minHistoryWeeks");
        assertThat(Anticipation.anticipator(rules).detectorNames()).containsExactly("emerging");
    }

    @Test
    void unknownTopLevelFieldIsRefusedWithItsPath() {
        assertThatThrownBy(() -> AnticipationRules.parse(VALID.replace("\"alpha\"", "\"alfa\": 1, \"alpha\""),
                "rules.json")).isInstanceOf(AnticipationRulesException.class)
                .hasMessageStartingWith("rules.json $.alfa: unknown field 'alfa'");
    }

    @Test
    void alphaOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> AnticipationRules.parse(VALID.replace("0.05", "1.5"), "rules.json"))
                .hasMessage("rules.json $.alpha: expected a probability strictly between 0 and 1, was 1.5");
    }

    @Test
    void duplicateKeysAreNotValidJson() {
        assertThatThrownBy(() -> AnticipationRules.parse(VALID.replace("\"version\": \"1\"",
                "\"version\": \"1\", \"version\": \"2\""), "rules.json"))
                .isInstanceOf(AnticipationRulesException.class).hasMessageContaining("not valid JSON")
                .hasMessageContaining("version");
    }

    @Test
    void aParameterGivenAsTextIsRefusedWithItsValue() {
        assertThatThrownBy(() -> AnticipationRules.parse(VALID.replace("\"minCount\": 3", "\"minCount\": \"3\""),
                "rules.json")).hasMessage("rules.json $.detectors.emerging.minCount: expected a number, found string \"3\"");
    }

    @Test
    void aMinimumCountOfZeroIsRefusedWhenBound() {
        AnticipationRulesException e = bind(VALID.replace("\"minCount\": 3", "\"minCount\": 0"));
        assertThat(e.source()).isEqualTo("rules.json");
        assertThat(e.jsonPath()).isEqualTo("$.detectors.emerging.minCount");
        assertThat(e.problem()).isEqualTo("expected a whole number >= 1, was 0");
    }

    @Test
    void aFractionalWindowIsRefused() {
        assertThat(bind(VALID.replace("\"windowWeeks\": 2", "\"windowWeeks\": 1.5")).getMessage())
                .isEqualTo("rules.json $.detectors.emerging.windowWeeks: expected a whole number >= 1, was 1.5");
    }

    @Test
    void anUnknownParameterIsRefusedListingTheDetectorsParameters() {
        assertThat(bind(VALID.replace("\"minCount\": 3", "\"minCount\": 3, \"minCuont\": 3")).getMessage())
                .startsWith("rules.json $.detectors.emerging.minCuont: unknown parameter 'minCuont' for detector"
                        + " 'emerging'; its parameters are [historyWeeks, minCount, minHistoryWeeks, windowWeeks]");
    }

    @Test
    void aMissingParameterIsRefused() {
        assertThat(bind(VALID.replace("\"minHistoryWeeks\": 4, ", "")).getMessage())
                .startsWith("rules.json $.detectors.emerging: missing parameter 'minHistoryWeeks'");
    }

    @Test
    void aMinimumHistoryLongerThanTheHistoryIsRefused() {
        assertThat(bind(VALID.replace("\"minHistoryWeeks\": 4", "\"minHistoryWeeks\": 9")).getMessage())
                .isEqualTo("rules.json $.detectors.emerging.minHistoryWeeks: must not exceed historyWeeks (8), was 9");
    }

    @Test
    void aDetectorThatIsNotInstalledIsRefusedListingThoseThatAre() {
        assertThat(bind(VALID.replace("\"emerging\"", "\"weather\"")).getMessage())
                .startsWith("rules.json $.detectors.weather: no detector named 'weather' is installed; available: "
                        + "[cluster, emerging, recurring, seasonal]");
    }

    @Test
    void recurringNeedsNoMoreActiveWeeksThanItsWindow() {
        String json = """
                {"id": "t", "version": "1", "alpha": 0.01, "detectors": {"recurring": {"windowWeeks": 4,
                 "minActiveWeeks": 5, "minCount": 1, "historyWeeks": 8, "minHistoryWeeks": 4}}}
                """;
        assertThat(bind(json).getMessage()).isEqualTo(
                "rules.json $.detectors.recurring.minActiveWeeks: must not exceed windowWeeks (4), was 5");
    }
}

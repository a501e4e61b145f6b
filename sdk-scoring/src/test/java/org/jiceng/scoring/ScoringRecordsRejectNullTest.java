package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The scoring records refuse null components with the component's name instead of turning null into an
 * empty value; the rule-pack reader passes the documented defaults itself.
 */
class ScoringRecordsRejectNullTest {

    @Test
    void recordsRejectNullNamingTheComponent() {
        assertThatThrownBy(() -> new Band("RED", null, 0)).isInstanceOf(NullPointerException.class)
                .hasMessage("label must not be null");
        assertThatThrownBy(() -> new IndexIndicator("i", null, 100)).hasMessage("label must not be null");
        assertThatThrownBy(() -> new Cap(ValueRef.literal(100), PeriodUnit.DAY, null))
                .hasMessage("group must not be null");
        assertThatThrownBy(() -> new Parameter("p", "", "ref", null, List.of(new DatedValue(LocalDate.of(2024, 1, 1), 100)),
                false)).hasMessage("assumption must not be null");
        assertThatThrownBy(() -> new Amount.Tier(null, ValueRef.literal(100))).hasMessage("upTo must not be null");
        assertThatThrownBy(() -> new IndexResult("s", Optional.empty(), Map.of(), List.of(), null))
                .hasMessage("grade must not be null");
        assertThatThrownBy(() -> RuleSet.builder("t", "test", "1", org.jiceng.core.model.DateRange.startingOn(
                LocalDate.of(2024, 1, 1))).description(null).build()).hasMessage("description must not be null");
    }

    @Test
    void packWithoutLabelsStillLoadsWithTheKeyOrIdAsLabel() {
        String json = "{\"id\": \"t\", \"region\": \"test\", \"version\": \"1\","
                + " \"effective\": {\"from\": \"2024-01-01\", \"to\": null},"
                + " \"bandings\": {\"g\": {\"bands\": [{\"key\": \"LOW\"}, {\"key\": \"HIGH\", \"from\": 60}]}},"
                + " \"index\": {\"name\": \"x\", \"missingPolicy\": \"ZERO\", \"categories\": [{\"id\": \"c\", \"weight\": 100,"
                + " \"indicators\": [{\"id\": \"i\", \"weight\": 100}]}]}}";
        RuleSet rs = RuleSets.parse(json, "labels.json");
        assertThat(rs.bandings().get("g").bands()).extracting(Band::label).containsExactly("LOW", "HIGH");
        IndexCategory category = rs.index().orElseThrow().categories().get(0);
        assertThat(category.label()).isEqualTo("c");
        assertThat(category.indicators().get(0).label()).isEqualTo("i");
    }
}

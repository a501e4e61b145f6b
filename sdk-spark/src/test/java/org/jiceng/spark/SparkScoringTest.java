package org.jiceng.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.junit.jupiter.api.Test;

class SparkScoringTest {

    private static final Instant AS_OF = Instant.parse("2025-06-30T16:00:00Z");
    private static final RuleSet PACK = RuleSets.builtIn("party-member-points");

    @Test
    void smallInputGivesTheSingleMachineScorecardsWithLines() {
        List<Event> events = List.of(
                new Event("a", EventTypes.MEETING_ATTENDED, "m1", Instant.parse("2025-03-01T02:00:00Z"), BigDecimal.ONE,
                        Optional.empty(), Map.of("meeting", "党课")),
                new Event("b", EventTypes.VOLUNTEER_SERVICE, "m2", Instant.parse("2025-03-02T02:00:00Z"),
                        new BigDecimal("2.5"), Optional.of("area-1"), Map.of()),
                // Same id as b but earlier and for m1: the engine keeps this copy, so m2 gets nothing.
                new Event("b", EventTypes.HOUSEHOLD_VISIT, "m1", Instant.parse("2025-03-01T01:00:00Z"), BigDecimal.ONE,
                        Optional.empty(), Map.of()),
                new Event("c", EventTypes.HOUSEHOLD_VISIT, "m3", Instant.parse("2025-07-01T01:00:00Z"), BigDecimal.ONE,
                        Optional.empty(), Map.of()));
        Scorecards single = ScoringEngine.compile(PACK).score(events, AS_OF);
        Dataset<Row> cards = SparkScoring.score(SparkEvents.of(SharedSpark.session(), events), PACK, AS_OF,
                ScoringOptions.Detail.LINES);
        List<Row> rows = cards.orderBy("subject_id").collectAsList();
        assertThat(rows).extracting(r -> r.getString(0)).containsExactly("m1");
        assertThat(rows.get(0).<String>getAs("json")).isEqualTo(single.scorecard("m1").orElseThrow().toJson());
        assertThat(rows.get(0).<BigDecimal>getAs("total")).isEqualByComparingTo(
                BigDecimal.valueOf(single.total("m1"), 2));
        assertThat(rows.get(0).getList(rows.get(0).fieldIndex("lines"))).hasSize(2);
    }
}

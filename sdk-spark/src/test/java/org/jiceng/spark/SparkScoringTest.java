package org.jiceng.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.ConflictPolicy;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.scoring.ScoringProblem;
import org.junit.jupiter.api.Test;

class SparkScoringTest {

    private static final Instant AS_OF = Instant.parse("2025-06-30T16:00:00Z");
    private static final RuleSet PACK = RuleSets.builtIn("party-member-points");

    private static List<Event> events() {
        return List.of(
                new Event("a", EventTypes.MEETING_ATTENDED, "m1", Instant.parse("2025-03-01T02:00:00Z"), BigDecimal.ONE,
                        Optional.empty(), Map.of("meeting", "党课")),
                new Event("b", EventTypes.VOLUNTEER_SERVICE, "m2", Instant.parse("2025-03-02T02:00:00Z"),
                        new BigDecimal("2.5"), Optional.of("area-1"), Map.of()),
                // Same id as b but earlier and for m1: a conflict across subjects.
                new Event("b", EventTypes.HOUSEHOLD_VISIT, "m1", Instant.parse("2025-03-01T01:00:00Z"), BigDecimal.ONE,
                        Optional.empty(), Map.of()),
                new Event("c", EventTypes.HOUSEHOLD_VISIT, "m3", Instant.parse("2025-07-01T01:00:00Z"), BigDecimal.ONE,
                        Optional.empty(), Map.of()),
                new Event("d", EventTypes.HOUSEHOLD_VISIT, "m4", Instant.parse("2025-04-01T01:00:00Z"), BigDecimal.ONE,
                        Optional.empty(), Map.of()));
    }

    @Test
    void smallInputUnderFirstWinsGivesTheSingleMachineScorecardsWithLines() {
        Scorecards single = ScoringEngine.compile(PACK).score(events(), AS_OF,
                ScoringOptions.DEFAULT.withConflicts(ConflictPolicy.FIRST_WINS));
        Dataset<Row> cards = SparkScoring.score(SparkEvents.of(SharedSpark.session(), events()), PACK, AS_OF,
                ScoringOptions.Detail.LINES, ConflictPolicy.FIRST_WINS);
        List<Row> rows = cards.orderBy("subject_id").collectAsList();
        // m1 keeps the earlier copy of b, so m2 has nothing; m3's only event is after asOf.
        assertThat(rows).extracting(r -> r.getString(0)).containsExactly("m1", "m4");
        assertThat(rows.get(0).<String>getAs("json")).isEqualTo(single.scorecard("m1").orElseThrow().toJson());
        assertThat(rows.get(0).<BigDecimal>getAs("total")).isEqualByComparingTo(
                BigDecimal.valueOf(single.total("m1"), 2));
        assertThat(rows.get(0).getList(rows.get(0).fieldIndex("lines"))).hasSize(2);
    }

    @Test
    void byDefaultAConflictLeavesOutEverySubjectItNamesAndIsReported() {
        Scorecards single = ScoringEngine.compile(PACK).score(events(), AS_OF);
        Dataset<Row> events = SparkEvents.of(SharedSpark.session(), events());
        List<Row> rows = SparkScoring.score(events, PACK, AS_OF).collectAsList();
        assertThat(rows).extracting(r -> r.getString(0)).containsExactly("m4");
        assertThat(single.bySubject().keySet()).containsExactly("m4");

        List<Row> problems = SparkScoring.problems(events, AS_OF, ConflictPolicy.REJECT).orderBy("subject_id")
                .collectAsList();
        assertThat(problems).extracting(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2) + ": "
                + r.getString(3)).containsExactlyElementsOf(single.problems().stream().map(ScoringProblem::render).toList());
        assertThat(problems).extracting(r -> r.getString(4))
                .containsExactlyElementsOf(single.problems().stream().map(ScoringProblem::detailZh).toList())
                .allSatisfy(zh -> assertThat(zh).contains("活动"));
        assertThat(problems).extracting(r -> r.getBoolean(5)).containsExactly(true, true);
        assertThat(SparkScoring.problems(events, AS_OF, ConflictPolicy.REJECT).schema())
                .isEqualTo(SparkScoring.PROBLEM_SCHEMA);
    }

    @Test
    void aCopyAfterAsOfIsDroppedBeforeIdsAreResolved() {
        List<Event> events = List.of(
                new Event("x", EventTypes.HOUSEHOLD_VISIT, "m1", AS_OF, BigDecimal.ONE, Optional.empty(), Map.of()),
                new Event("x", EventTypes.HOUSEHOLD_VISIT, "m2", AS_OF.plusSeconds(1), BigDecimal.ONE, Optional.empty(),
                        Map.of()));
        Dataset<Row> rows = SparkEvents.of(SharedSpark.session(), events);
        assertThat(SparkScoring.score(rows, PACK, AS_OF).collectAsList()).extracting(r -> r.getString(0))
                .containsExactly("m1");
        assertThat(SparkScoring.problems(rows, AS_OF, ConflictPolicy.REJECT).count()).isZero();
    }

    @Test
    void aRunReadsTheEventsOnceForScorecardsAndProblemsAndGivesWhatTheSeparateQueriesGive() {
        SparkSession spark = SharedSpark.session();
        LongAccumulator reads = spark.sparkContext().longAccumulator("events read");
        Dataset<Row> events = SparkEvents.of(spark, events());
        Dataset<Row> counted = events.map((MapFunction<Row, Row>) r -> {
            reads.add(1);
            return r;
        }, Encoders.row(events.schema()));

        List<Row> cards;
        List<Row> problems;
        try (SparkScoringRun run = SparkScoring.run(counted, PACK, AS_OF, ScoringOptions.Detail.LINES,
                ConflictPolicy.REJECT)) {
            cards = run.scorecards().orderBy("subject_id").collectAsList();
            problems = run.problems().orderBy("subject_id").collectAsList();
        }

        assertThat(reads.value()).isEqualTo(events().size());
        assertThat(cards).isEqualTo(SparkScoring.score(events, PACK, AS_OF, ScoringOptions.Detail.LINES,
                ConflictPolicy.REJECT).orderBy("subject_id").collectAsList());
        assertThat(problems).isEqualTo(SparkScoring.problems(events, AS_OF, ConflictPolicy.REJECT)
                .orderBy("subject_id").collectAsList()).hasSize(2);
    }
}

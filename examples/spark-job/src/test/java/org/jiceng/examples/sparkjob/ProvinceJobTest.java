package org.jiceng.examples.sparkjob;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.jiceng.scoring.ConflictPolicy;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.scoring.ScoringProblem;
import org.jiceng.spark.SparkPartitioning;
import org.jiceng.spark.SyntheticEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the job's commands as spark-submit would, on Parquet files in a temporary directory. */
class ProvinceJobTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("province-job-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void generatedEventsScoredFromParquetMatchTheSingleMachineScorecards() {
        String events = dir.resolve("events").toString();
        String cards = dir.resolve("cards").toString();
        assertThat(ProvinceJob.run(spark, "generate", "--events", "20000", "--subjects", "800", "--seed", "5",
                "--partitions", "3", "--out", events)).isZero();
        assertThat(ProvinceJob.run(spark, "score", "--events", events, "--rule-set", SyntheticEvents.RULE_SET,
                "--as-of", SyntheticEvents.AS_OF.toString(), "--lines", "--out", cards)).isZero();

        Scorecards single = ScoringEngine.compile(RuleSets.builtIn(SyntheticEvents.RULE_SET))
                .score(new SyntheticEvents(20000, 800, 5).list(), SyntheticEvents.AS_OF);
        Map<String, String> written = new TreeMap<>();
        for (Row r : spark.read().parquet(cards).select("subject_id", "json").collectAsList()) {
            written.put(r.getString(0), r.getString(1));
        }
        Map<String, String> expected = new TreeMap<>();
        for (Scorecard s : single.bySubject().values()) {
            expected.put(s.subjectId(), s.toJson());
        }
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void lastWinsChosenOnTheCommandLineScoresAndReportsConflictsAsOnOneMachine() {
        String events = dir.resolve("events").toString();
        String cards = dir.resolve("cards").toString();
        String problems = dir.resolve("problems").toString();
        assertThat(ProvinceJob.run(spark, "generate", "--events", "8000", "--subjects", "300", "--seed", "9",
                "--partitions", "2", "--out", events)).isZero();
        assertThat(ProvinceJob.run(spark, "score", "--events", events, "--rule-set", SyntheticEvents.RULE_SET,
                "--as-of", SyntheticEvents.AS_OF.toString(), "--conflicts", "LAST_WINS", "--problems", problems,
                "--out", cards)).isZero();

        Scorecards single = ScoringEngine.compile(RuleSets.builtIn(SyntheticEvents.RULE_SET))
                .score(new SyntheticEvents(8000, 300, 9).list(), SyntheticEvents.AS_OF,
                        ScoringOptions.TOTALS_ONLY.withConflicts(ConflictPolicy.LAST_WINS));
        Map<String, String> written = new TreeMap<>();
        for (Row r : spark.read().parquet(cards).select("subject_id", "json").collectAsList()) {
            written.put(r.getString(0), r.getString(1));
        }
        Map<String, String> expected = new TreeMap<>();
        single.bySubject().values().forEach(s -> expected.put(s.subjectId(), s.toJson()));
        assertThat(written).isEqualTo(expected);

        List<ScoringProblem> writtenProblems = new ArrayList<>();
        for (Row r : spark.read().parquet(problems).select("kind", "subject_id", "event_id", "detail", "detail_zh")
                .orderBy("subject_id", "event_id", "kind").collectAsList()) {
            writtenProblems.add(new ScoringProblem(ScoringProblem.Kind.valueOf(r.getString(0)), r.getString(1),
                    r.getString(2), r.getString(3), r.getString(4)));
        }
        assertThat(single.problems()).isNotEmpty();
        assertThat(writtenProblems).isEqualTo(single.problems());
    }

    @Test
    void unknownConflictPolicyIsAUsageError() {
        assertThat(ProvinceJob.run(spark, "score", "--events", "x", "--rule-set", "r", "--as-of",
                SyntheticEvents.AS_OF.toString(), "--conflicts", "NEWEST", "--out", dir.resolve("o").toString()))
                .isEqualTo(2);
    }

    @Test
    void partitionedGridsLocateTheirOwnBuildings() {
        List<Row> buildings = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            String code = "11010500100" + (c + 1);
            for (int i = 0; i < 40; i++) {
                buildings.add(RowFactory.create(code, code + "-" + i, 116.40 + c * 0.02 + (i % 8) * 0.001 + i * 1e-5,
                        39.90 + (i / 8) * 0.001 + (i % 3) * 1e-4, 1L + i % 7));
            }
        }
        List<Row> communities = List.of(RowFactory.create("110105001001", 3), RowFactory.create("110105001002", 4),
                RowFactory.create("110105001003", 5));
        String b = dir.resolve("buildings").toString();
        String c = dir.resolve("communities").toString();
        String grids = dir.resolve("grids").toString();
        String located = dir.resolve("located").toString();
        spark.createDataFrame(buildings, SparkPartitioning.BUILDING_SCHEMA).write().parquet(b);
        spark.createDataFrame(communities, SparkPartitioning.COMMUNITY_SCHEMA).write().parquet(c);

        assertThat(ProvinceJob.run(spark, "partition", "--buildings", b, "--communities", c, "--out", grids)).isZero();
        assertThat(ProvinceJob.run(spark, "locate", "--points", b, "--grids", grids, "--out", located)).isZero();

        Map<String, String> gridOf = new HashMap<>();
        List<Row> gridRows = spark.read().parquet(grids).collectAsList();
        assertThat(gridRows).hasSize(12);
        for (Row g : gridRows) {
            for (Object id : g.getList(g.fieldIndex("building_ids"))) {
                gridOf.put((String) id, g.getAs("grid_code"));
            }
        }
        List<Row> rows = spark.read().parquet(located).select("building_id", "grid_id").collectAsList();
        assertThat(rows).hasSize(120);
        for (Row r : rows) {
            assertThat(r.getString(1)).as(r.getString(0)).isEqualTo(gridOf.get(r.getString(0)));
        }
    }

    @Test
    void missingOptionIsAUsageErrorNotAJob() {
        assertThat(ProvinceJob.run(spark, "score", "--events", "x")).isEqualTo(2);
    }
}

package org.jiceng.examples.sparkjob;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jiceng.grid.index.GridShape;
import org.jiceng.scoring.ConflictPolicy;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.spark.SparkEvents;
import org.jiceng.spark.SparkGrids;
import org.jiceng.spark.SparkPartitioning;
import org.jiceng.spark.SparkScoring;
import org.jiceng.spark.SparkScoringRun;
import org.jiceng.spark.SyntheticEvents;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The province-scale job, submitted with {@code spark-submit} against Parquet files:
 *
 * <pre>
 * spark-submit --class org.jiceng.examples.sparkjob.ProvinceJob jiceng-spark-job.jar \
 *     score --events hdfs:///jiceng/events --rule-set party-member-points \
 *           --as-of 2025-06-30T16:00:00Z --out hdfs:///jiceng/scorecards \
 *           --conflicts REJECT --problems hdfs:///jiceng/score-problems
 * </pre>
 *
 * {@code --conflicts} (REJECT, FIRST_WINS or LAST_WINS; default REJECT, as in the engine) says what
 * to do with different events sharing an id; {@code --problems} writes those conflicts.
 *
 * Commands: {@code score}, {@code locate}, {@code partition}, and {@code generate} (synthetic events
 * for a trial run). The schemas are those of the {@code org.jiceng.spark} package.
 */
@Command(name = "jiceng-spark-job", mixinStandardHelpOptions = true,
        subcommands = {ProvinceJob.Score.class, ProvinceJob.Locate.class, ProvinceJob.Partition.class,
            ProvinceJob.Generate.class},
        description = "Jiceng at province scale on Spark: Parquet in, Parquet out.")
public final class ProvinceJob {

    private final SparkSession spark;

    private ProvinceJob(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Runs under spark-submit: the session (master, resources) comes from spark-submit.
     *
     * @param args a command and its options
     */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("jiceng-spark-job").getOrCreate();
        int code;
        try {
            code = run(spark, args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * @param spark the session to run in
     * @param args a command and its options
     * @return the exit code: 0 done, 2 bad arguments, 1 the job failed
     */
    public static int run(SparkSession spark, String... args) {
        return new CommandLine(new ProvinceJob(spark)).execute(args);
    }

    /** A command that computes one Dataset and writes it as Parquet to {@code --out}. */
    abstract static class Step implements Callable<Integer> {
        @CommandLine.ParentCommand
        private ProvinceJob job;
        @Option(names = "--out", required = true, description = "output directory (must not exist)")
        private String out;

        abstract Dataset<Row> result(SparkSession spark);

        @Override
        public Integer call() {
            write(result(job.spark));
            return 0;
        }

        /** @param result written as Parquet to {@code --out} */
        void write(Dataset<Row> result) {
            result.write().mode(SaveMode.ErrorIfExists).parquet(out);
        }

        /** @return the job's session */
        SparkSession spark() {
            return job.spark;
        }
    }

    /** Scores events. */
    @Command(name = "score", description = "Events (Parquet) to scorecards (Parquet).")
    static final class Score extends Step {
        @Option(names = "--events", required = true, description = "Parquet events")
        private String events;
        @Option(names = "--rule-set", required = true, description = "a built-in rule set id or a rule-set JSON file")
        private String ruleSet;
        @Option(names = "--as-of", required = true, description = "the instant to score at, e.g. 2025-06-30T16:00:00Z")
        private Instant asOf;
        @Option(names = "--lines", description = "keep explained lines (larger output)")
        private boolean lines;
        @Option(names = "--conflicts", defaultValue = "REJECT",
                description = "different events sharing an id: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
        private ConflictPolicy conflicts;
        @Option(names = "--problems", description = "also write the id conflicts (Parquet) to this directory (must not exist)")
        private String problems;

        @Override
        Dataset<Row> result(SparkSession spark) {
            return SparkScoring.score(SparkEvents.readParquet(spark, events), rules(), asOf, detail(), conflicts);
        }

        @Override
        public Integer call() {
            if (problems == null) {
                return super.call();
            }
            // Both outputs from one resolution of the event ids: the events are read once.
            try (SparkScoringRun run = SparkScoring.run(SparkEvents.readParquet(spark(), events), rules(), asOf,
                    detail(), conflicts)) {
                write(run.scorecards());
                run.problems().write().mode(SaveMode.ErrorIfExists).parquet(problems);
            }
            return 0;
        }

        private RuleSet rules() {
            Path file = Path.of(ruleSet);
            return Files.isRegularFile(file) ? RuleSets.load(file) : RuleSets.builtIn(ruleSet);
        }

        private ScoringOptions.Detail detail() {
            return lines ? ScoringOptions.Detail.LINES : ScoringOptions.Detail.TOTALS;
        }
    }

    /** Locates points. */
    @Command(name = "locate", description = "Points (Parquet with lon, lat) to points with grid_id (Parquet).")
    static final class Locate extends Step {
        @Option(names = "--points", required = true, description = "Parquet points")
        private String points;
        @Option(names = "--grids", required = true, description = "Parquet grids with an id and a WKT column")
        private String grids;
        @Option(names = "--id-column", defaultValue = "grid_code", description = "the grids' id column (default ${DEFAULT-VALUE})")
        private String idColumn;
        @Option(names = "--wkt-column", defaultValue = "polygon_wkt", description = "the grids' WKT column (default ${DEFAULT-VALUE})")
        private String wktColumn;

        @Override
        Dataset<Row> result(SparkSession spark) {
            List<GridShape> shapes = SparkGrids.shapes(spark.read().parquet(grids), idColumn, wktColumn);
            return SparkGrids.locate(spark.read().parquet(points), shapes);
        }
    }

    /** Partitions communities. */
    @Command(name = "partition", description = "Buildings and grid counts (Parquet) to grids (Parquet).")
    static final class Partition extends Step {
        @Option(names = "--buildings", required = true, description = "Parquet buildings")
        private String buildings;
        @Option(names = "--communities", required = true, description = "Parquet community_code, grid_count")
        private String communities;

        @Override
        Dataset<Row> result(SparkSession spark) {
            return SparkPartitioning.partition(spark.read().parquet(buildings), spark.read().parquet(communities));
        }
    }

    /** Writes a synthetic workload. */
    @Command(name = "generate", description = "Synthetic party-member events (Parquet) for a trial run.")
    static final class Generate extends Step {
        @Option(names = "--events", required = true, description = "how many events")
        private long events;
        @Option(names = "--subjects", required = true, description = "how many members")
        private int subjects;
        @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
        private long seed;
        @Option(names = "--partitions", defaultValue = "8", description = "output files (default ${DEFAULT-VALUE})")
        private int partitions;

        @Override
        Dataset<Row> result(SparkSession spark) {
            return new SyntheticEvents(events, subjects, seed).dataset(spark, partitions);
        }
    }
}

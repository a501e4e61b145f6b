package org.jiceng.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jiceng.scoring.ConflictPolicy;
import org.jiceng.scoring.EventOrder;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.scoring.ScoringProblem;
import org.jiceng.spark.internal.EventRows;
import org.jiceng.spark.internal.ResolveIds;
import org.jiceng.spark.internal.ScorePartition;

/**
 * Scores events on Spark with the single-machine {@link ScoringEngine}, one engine per executor JVM.
 *
 * <p>The job follows the recipe of {@link EventOrder}: (1) drop events after {@code asOf}; (2) shuffle
 * by event id and resolve the copies of every id seen more than once with {@link EventOrder#resolve}
 * under the {@link ConflictPolicy} (default {@link ConflictPolicy#REJECT}, as in the engine): exact
 * replays collapse to one copy, a kept copy goes on, a rejected id goes nowhere, and its problems are
 * recorded (copies may name different subjects, so this is a global step); (3) shuffle the kept
 * events by subject, together with a marker for each subject a rejected id names, sort within each
 * partition by subject and score the partition with {@link ScoringEngine#scoreSubjects} in batches
 * of whole subjects, dropping the scorecards of marked subjects (an anti-join done in the subject's
 * partition: the single machine leaves them out of the scorecards too, after scoring them). Each
 * subject's scorecard is
 * therefore exactly the one {@link ScoringEngine#score} gives on the whole input with the same policy,
 * and the {@code json} column is byte for byte the single-machine {@link org.jiceng.scoring.Scorecard#toJson()}.
 * {@link #problems} gives the id conflicts, as the engine reports them in
 * {@link org.jiceng.scoring.Scorecards#problems()}.
 *
 * <p>Not reported here: problems found while scoring one subject (a negative or out-of-range quantity,
 * points that overflow). The single machine lists them in {@code Scorecards.problems()}; here, as
 * there, such a subject has no scorecard row.
 *
 * <p>Both shuffles use {@code spark.sql.shuffle.partitions} partitions; size them so that a partition
 * holds a few million events. Results are lazy, like any Dataset; {@link #score} and {@link #problems}
 * are separate queries, each reading the events and resolving their ids. To write both, use
 * {@link #run}: it resolves the ids once, keeps the result until the run is closed, and derives the
 * scorecards and the problems from it.
 */
public final class SparkScoring {

    private static final String[] EVENT_COLUMNS = {"id", "type", "subject_id", "time", "quantity", "area_id", "attributes"};

    private static final StructType LINE = new StructType(new StructField[] {
        DataTypes.createStructField("rule", DataTypes.StringType, false),
        DataTypes.createStructField("event_id", DataTypes.StringType, false),
        DataTypes.createStructField("event_type", DataTypes.StringType, false),
        DataTypes.createStructField("time", DataTypes.TimestampType, false),
        DataTypes.createStructField("requested", DataTypes.createDecimalType(20, 2), false),
        DataTypes.createStructField("granted", DataTypes.createDecimalType(20, 2), false),
        DataTypes.createStructField("reason", DataTypes.StringType, false),
        DataTypes.createStructField("detail", DataTypes.StringType, false)});

    /**
     * The scorecard schema: {@code subject_id}; {@code total}, {@code awarded}, {@code deducted},
     * {@code expired} (points, {@code decimal(20,2)}); {@code events_scored}; {@code grades} (banding
     * name to band key); {@code lines} (explained lines, empty unless asked for); {@code json} (the
     * scorecard as the single-machine engine writes it, with lines when asked for).
     */
    public static final StructType SCORECARD_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("subject_id", DataTypes.StringType, false),
        DataTypes.createStructField("total", DataTypes.createDecimalType(20, 2), false),
        DataTypes.createStructField("awarded", DataTypes.createDecimalType(20, 2), false),
        DataTypes.createStructField("deducted", DataTypes.createDecimalType(20, 2), false),
        DataTypes.createStructField("expired", DataTypes.createDecimalType(20, 2), false),
        DataTypes.createStructField("events_scored", DataTypes.IntegerType, false),
        DataTypes.createStructField("grades", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
        DataTypes.createStructField("lines", DataTypes.createArrayType(LINE, false), false),
        DataTypes.createStructField("json", DataTypes.StringType, false)});

    /**
     * The problem schema, one row per {@link ScoringProblem} (the fields of the record):
     * {@code kind} ({@link ScoringProblem.Kind} name: {@code CONFLICTING_EVENT_ID} when the policy kept
     * no copy, {@code CONFLICT_RESOLVED} when it kept one); {@code subject_id} the subject concerned
     * (one row per subject named by a copy); {@code event_id} the shared id; {@code detail} the
     * engine's explanation listing every different payload; {@code detail_zh} the same explanation in
     * Chinese ({@link ScoringProblem#detailZh()}); {@code rejects_subject} whether the subject
     * is left out of the scorecards. The engine orders problems by subject, event id, kind
     * ({@link ScoringProblem#ORDER}); sort by those columns to compare.
     */
    public static final StructType PROBLEM_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("subject_id", DataTypes.StringType, false),
        DataTypes.createStructField("event_id", DataTypes.StringType, false),
        DataTypes.createStructField("detail", DataTypes.StringType, false),
        DataTypes.createStructField("detail_zh", DataTypes.StringType, false),
        DataTypes.createStructField("rejects_subject", DataTypes.BooleanType, false)});

    private SparkScoring() {
    }

    /**
     * Scores with totals only (no explained lines) under {@link ConflictPolicy#REJECT}.
     *
     * @param events events in {@link SparkEvents#SCHEMA}, any partitioning, duplicates allowed
     * @param ruleSet the rules
     * @param asOf the instant to score at
     * @return one scorecard row per subject with an event up to {@code asOf} and not rejected, in
     *     {@link #SCORECARD_SCHEMA}
     */
    public static Dataset<Row> score(Dataset<Row> events, RuleSet ruleSet, Instant asOf) {
        return score(events, ruleSet, asOf, ScoringOptions.Detail.TOTALS);
    }

    /**
     * Scores under {@link ConflictPolicy#REJECT}, the engine's default.
     *
     * @param events events in {@link SparkEvents#SCHEMA}, any partitioning, duplicates allowed
     * @param ruleSet the rules
     * @param asOf the instant to score at
     * @param detail {@code LINES} to fill {@code lines} and put them in {@code json}
     * @return one scorecard row per subject with an event up to {@code asOf} and not rejected, in
     *     {@link #SCORECARD_SCHEMA}
     * @throws IllegalArgumentException when the events do not have the event schema
     */
    public static Dataset<Row> score(Dataset<Row> events, RuleSet ruleSet, Instant asOf, ScoringOptions.Detail detail) {
        return score(events, ruleSet, asOf, detail, ConflictPolicy.REJECT);
    }

    /**
     * @param events events in {@link SparkEvents#SCHEMA}, any partitioning, duplicates allowed
     * @param ruleSet the rules
     * @param asOf the instant to score at
     * @param detail {@code LINES} to fill {@code lines} and put them in {@code json}
     * @param conflicts what to do with different events that share an id, as in
     *     {@link ScoringOptions#conflicts()}
     * @return one scorecard row per subject with an event up to {@code asOf} and not rejected by the
     *     policy, in {@link #SCORECARD_SCHEMA}
     * @throws IllegalArgumentException when the events do not have the event schema
     */
    public static Dataset<Row> score(Dataset<Row> events, RuleSet ruleSet, Instant asOf, ScoringOptions.Detail detail,
            ConflictPolicy conflicts) {
        return scorecards(resolved(events, asOf, conflicts), events.sparkSession(), ruleSet, asOf, detail, conflicts);
    }

    /**
     * Scores and lists the problems in one pass over the events: their ids are resolved once and the
     * result is kept (memory, spilling to disk) until the returned run is closed.
     * <pre>{@code
     * try (SparkScoringRun run = SparkScoring.run(events, ruleSet, asOf, Detail.TOTALS, ConflictPolicy.REJECT)) {
     *     run.scorecards().write().parquet("cards");
     *     run.problems().write().parquet("problems");
     * }
     * }</pre>
     *
     * @param events events in {@link SparkEvents#SCHEMA}, any partitioning, duplicates allowed
     * @param ruleSet the rules
     * @param asOf the instant to score at
     * @param detail {@code LINES} to fill {@code lines} and put them in {@code json}
     * @param conflicts what to do with different events that share an id
     * @return the run: {@link SparkScoringRun#scorecards()} as {@link #score} and
     *     {@link SparkScoringRun#problems()} as {@link #problems} would give them
     * @throws IllegalArgumentException when the events do not have the event schema
     */
    public static SparkScoringRun run(Dataset<Row> events, RuleSet ruleSet, Instant asOf, ScoringOptions.Detail detail,
            ConflictPolicy conflicts) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(detail, "detail");
        Dataset<Row> resolved = resolved(events, asOf, conflicts).persist(StorageLevel.MEMORY_AND_DISK());
        return new SparkScoringRun(scorecards(resolved, events.sparkSession(), ruleSet, asOf, detail, conflicts),
                problemsOf(resolved), resolved);
    }

    private static Dataset<Row> scorecards(Dataset<Row> resolved, SparkSession session, RuleSet ruleSet, Instant asOf,
            ScoringOptions.Detail detail, ConflictPolicy conflicts) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(detail, "detail");
        // The kept copies, plus one marker row per subject a rejected id names: the marker travels to the
        // subject's partition with its events, and that subject's scorecard is dropped there. No join:
        // each subject is scored once, in one pass over the resolved events.
        Dataset<Row> toScore = resolved.filter(col(ResolveIds.KIND).isNull().or(col(ResolveIds.REJECTS).equalTo(true)))
                .select(col("id"), col("type"),
                        when(col(ResolveIds.KIND).isNull(), col("subject_id")).otherwise(col(ResolveIds.SUBJECT))
                                .as("subject_id"),
                        col("time"), col("quantity"), col("area_id"), col("attributes"),
                        col(ResolveIds.KIND).isNotNull().as(ScorePartition.REJECTED));
        StructType schema = toScore.schema();
        return toScore.repartition(col("subject_id")).sortWithinPartitions("subject_id")
                .mapPartitions(new ScorePartition(schema, ruleSet.toJson(), ruleSet.contentHash(), asOf,
                        detail, conflicts, EventRows.instants(session)),
                        Encoders.row(SCORECARD_SCHEMA));
    }

    /**
     * The problems of different events sharing an id, exactly those the single-machine engine lists in
     * {@link org.jiceng.scoring.Scorecards#problems()} for the same input, {@code asOf} and policy (see
     * the class comment for the problems found while scoring, which are not included).
     *
     * @param events events in {@link SparkEvents#SCHEMA}, any partitioning, duplicates allowed
     * @param asOf the instant to score at: later events are dropped before ids are resolved
     * @param conflicts what to do with different events that share an id
     * @return one row per problem in {@link #PROBLEM_SCHEMA}; empty when no id has different copies
     * @throws IllegalArgumentException when the events do not have the event schema
     */
    public static Dataset<Row> problems(Dataset<Row> events, Instant asOf, ConflictPolicy conflicts) {
        return problemsOf(resolved(events, asOf, conflicts));
    }

    private static Dataset<Row> problemsOf(Dataset<Row> resolved) {
        return resolved.filter(col(ResolveIds.KIND).isNotNull())
                .select(col(ResolveIds.KIND).as("kind"), col(ResolveIds.SUBJECT).as("subject_id"),
                        col("id").as("event_id"), col(ResolveIds.DETAIL).as("detail"),
                        col(ResolveIds.DETAIL_ZH).as("detail_zh"),
                        col(ResolveIds.REJECTS).as("rejects_subject"))
                // The problem columns are nullable in the resolved rows (null on event rows), never here.
                .map((MapFunction<Row, Row>) r -> r, Encoders.row(PROBLEM_SCHEMA));
    }

    /** Events up to {@code asOf}, each id resolved: kept copies and problem rows, in {@link ResolveIds#schema}. */
    private static Dataset<Row> resolved(Dataset<Row> events, Instant asOf, ConflictPolicy conflicts) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(conflicts, "conflicts");
        SparkEvents.checked(events);
        // Spark timestamps are whole microseconds: t <= asOf exactly when t <= asOf cut to microseconds.
        Instant cut = asOf.minusNanos(asOf.getNano() % 1_000);
        Dataset<Row> upToAsOf = events.select(EVENT_COLUMNS[0], Arrays.copyOfRange(EVENT_COLUMNS, 1, EVENT_COLUMNS.length))
                .filter(col("time").leq(lit(java.sql.Timestamp.from(cut))));
        StructType schema = upToAsOf.schema();
        return upToAsOf.repartition(col("id")).sortWithinPartitions("id")
                .mapPartitions(new ResolveIds(schema, conflicts), Encoders.row(ResolveIds.schema(schema)));
    }
}

package org.jiceng.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.Instant;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jiceng.scoring.EventOrder;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.spark.internal.DuplicateIds;
import org.jiceng.spark.internal.EventRows;
import org.jiceng.spark.internal.ScorePartition;

/**
 * Scores events on Spark with the single-machine {@link ScoringEngine}, one engine per executor JVM.
 *
 * <p>The job: (1) drop events after {@code asOf}; (2) shuffle by event id and keep, per id, the copy
 * the engine keeps ({@link EventOrder#DUPLICATE_PREFERENCE}: copies may name different subjects, so
 * this is a global step); (3) shuffle by subject, sort within each partition by subject and score the
 * partition with {@link ScoringEngine#scoreSubjects} in batches of whole subjects. Each subject's
 * scorecard is therefore exactly the one {@link ScoringEngine#score} gives on the whole input, and the
 * {@code json} column is byte for byte the single-machine {@link org.jiceng.scoring.Scorecard#toJson()}.
 * Both shuffles use {@code spark.sql.shuffle.partitions} partitions; size them so that a partition
 * holds a few million events. The result is lazy, like any Dataset.
 */
public final class SparkScoring {

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

    private SparkScoring() {
    }

    /**
     * Scores with totals only (no explained lines).
     *
     * @param events events in {@link SparkEvents#SCHEMA}, any partitioning, duplicates allowed
     * @param ruleSet the rules
     * @param asOf the instant to score at
     * @return one scorecard row per subject with an event up to {@code asOf}, in {@link #SCORECARD_SCHEMA}
     */
    public static Dataset<Row> score(Dataset<Row> events, RuleSet ruleSet, Instant asOf) {
        return score(events, ruleSet, asOf, ScoringOptions.Detail.TOTALS);
    }

    /**
     * @param events events in {@link SparkEvents#SCHEMA}, any partitioning, duplicates allowed
     * @param ruleSet the rules
     * @param asOf the instant to score at
     * @param detail {@code LINES} to fill {@code lines} and put them in {@code json}
     * @return one scorecard row per subject with an event up to {@code asOf}, in {@link #SCORECARD_SCHEMA}
     * @throws IllegalArgumentException when the events do not have the event schema
     */
    public static Dataset<Row> score(Dataset<Row> events, RuleSet ruleSet, Instant asOf, ScoringOptions.Detail detail) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(detail, "detail");
        SparkEvents.checked(events);
        // Spark timestamps are whole microseconds: t <= asOf exactly when t <= asOf cut to microseconds.
        Instant cut = asOf.minusNanos(asOf.getNano() % 1_000);
        Dataset<Row> upToAsOf = events.select("id", "type", "subject_id", "time", "quantity", "area_id", "attributes")
                .filter(col("time").leq(lit(java.sql.Timestamp.from(cut))));
        StructType schema = upToAsOf.schema();
        Dataset<Row> unique = upToAsOf.repartition(col("id")).sortWithinPartitions("id")
                .mapPartitions(new DuplicateIds(schema), Encoders.row(schema));
        return unique.repartition(col("subject_id")).sortWithinPartitions("subject_id")
                .mapPartitions(new ScorePartition(schema, ruleSet.toJson(), ruleSet.contentHash(), asOf, detail,
                        EventRows.instants(events.sparkSession())),
                        Encoders.row(SCORECARD_SCHEMA));
    }
}

package org.jiceng.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The scorecards and the problems of one {@link SparkScoring#run}, both derived from the same
 * resolved events, which stay persisted until {@link #close()}. Query the two datasets (write,
 * collect, count) before closing; afterwards they still work but read the events again.
 */
public final class SparkScoringRun implements AutoCloseable {

    private final Dataset<Row> scorecards;
    private final Dataset<Row> problems;
    private final Dataset<Row> resolved;

    SparkScoringRun(Dataset<Row> scorecards, Dataset<Row> problems, Dataset<Row> resolved) {
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.resolved = Objects.requireNonNull(resolved, "resolved");
    }

    /** @return one row per scored subject, in {@link SparkScoring#SCORECARD_SCHEMA} */
    public Dataset<Row> scorecards() {
        return scorecards;
    }

    /** @return one row per problem of events sharing an id, in {@link SparkScoring#PROBLEM_SCHEMA} */
    public Dataset<Row> problems() {
        return problems;
    }

    /** Releases the persisted resolved events (without waiting for their blocks to be removed). */
    @Override
    public void close() {
        resolved.unpersist(false);
    }
}

package org.jiceng.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jiceng.core.model.Event;
import org.jiceng.spark.internal.EventRows;
import org.jiceng.spark.internal.Schemas;

/**
 * Events as Spark rows, and the checks that a Dataset (or a Parquet file) has the event schema.
 * The schema is {@link #SCHEMA}; see the {@linkplain org.jiceng.spark package documentation}.
 */
public final class SparkEvents {

    /** Decimal type of {@code quantity} in {@link #SCHEMA}: 38 digits, 18 after the point. */
    public static final org.apache.spark.sql.types.DecimalType QUANTITY_TYPE = DataTypes.createDecimalType(38, 18);

    /**
     * The event schema: {@code id}, {@code type}, {@code subject_id} (strings, required), {@code time}
     * (timestamp, required), {@code quantity} (decimal, required), {@code area_id} (string, optional),
     * {@code attributes} (map of strings, optional: null means none).
     */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("type", DataTypes.StringType, false),
        DataTypes.createStructField("subject_id", DataTypes.StringType, false),
        DataTypes.createStructField("time", DataTypes.TimestampType, false),
        DataTypes.createStructField("quantity", QUANTITY_TYPE, false),
        DataTypes.createStructField("area_id", DataTypes.StringType, true),
        DataTypes.createStructField("attributes",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), true)});

    private SparkEvents() {
    }

    /**
     * @param spark the session
     * @param events events; times must be whole microseconds (Spark's timestamp precision) and
     *     quantities must fit {@link #QUANTITY_TYPE} exactly
     * @return them as a Dataset of {@link #SCHEMA}
     * @throws IllegalArgumentException naming the event when a value does not fit the schema exactly
     */
    public static Dataset<Row> of(SparkSession spark, List<Event> events) {
        Objects.requireNonNull(spark, "spark");
        List<Row> rows = new ArrayList<>(events.size());
        boolean instants = EventRows.instants(spark);
        for (Event e : events) {
            rows.add(EventRows.toRow(e, instants));
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    /**
     * Reads events from Parquet and checks the schema.
     *
     * @param spark the session
     * @param path a Parquet file or directory
     * @return the events
     * @throws IllegalArgumentException naming the path and the column when the schema does not fit
     */
    public static Dataset<Row> readParquet(SparkSession spark, String path) {
        Dataset<Row> events = spark.read().parquet(path);
        Schemas.requireEvents(events.schema(), "Parquet " + path);
        return events;
    }

    /**
     * Checks that a Dataset can be read as events: the columns of {@link #SCHEMA} by name (others are
     * ignored), string columns as strings, {@code time} a timestamp, {@code quantity} any decimal.
     *
     * @param events a Dataset
     * @return the Dataset
     * @throws IllegalArgumentException naming the missing or mistyped column and the expected schema
     */
    public static Dataset<Row> checked(Dataset<Row> events) {
        Schemas.requireEvents(events.schema(), "events Dataset");
        return events;
    }
}

package org.jiceng.spark.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.jiceng.core.model.Checks;
import org.jiceng.core.model.Event;
import org.jiceng.spark.SparkEvents;

/** Converts events to rows of {@link SparkEvents#SCHEMA} and back, exactly or with a clear error. */
public final class EventRows {

    private final int id;
    private final int type;
    private final int subject;
    private final int time;
    private final int quantity;
    private final int area;
    private final int attributes;

    /**
     * @param schema the schema of the rows to read (columns found by name)
     */
    public EventRows(StructType schema) {
        id = schema.fieldIndex("id");
        type = schema.fieldIndex("type");
        subject = schema.fieldIndex("subject_id");
        time = schema.fieldIndex("time");
        quantity = schema.fieldIndex("quantity");
        area = schema.fieldIndex("area_id");
        attributes = schema.fieldIndex("attributes");
    }

    /**
     * @param e an event
     * @param instants whether the session gives timestamps as {@code Instant}
     *     ({@code spark.sql.datetime.java8API.enabled}) rather than {@code java.sql.Timestamp}
     * @return its row in {@link SparkEvents#SCHEMA}
     * @throws IllegalArgumentException when the time has nanoseconds below a microsecond or the quantity
     *     does not fit {@code decimal(38,18)}
     */
    public static Row toRow(Event e, boolean instants) {
        if (e.time().getNano() % 1_000 != 0) {
            throw new IllegalArgumentException("event '" + e.id() + "': time " + e.time()
                    + " has nanoseconds; Spark timestamps keep microseconds, so it cannot be stored exactly");
        }
        BigDecimal q = e.quantity().stripTrailingZeros();
        if (q.scale() > SparkEvents.QUANTITY_TYPE.scale()
                || q.precision() - q.scale() > SparkEvents.QUANTITY_TYPE.precision() - SparkEvents.QUANTITY_TYPE.scale()) {
            throw new IllegalArgumentException("event '" + e.id() + "': quantity " + e.quantity().toPlainString()
                    + " does not fit " + SparkEvents.QUANTITY_TYPE.simpleString() + " exactly");
        }
        return RowFactory.create(e.id(), e.type(), e.subjectId(), instants ? e.time() : Timestamp.from(e.time()), q,
                e.areaId().orElse(null),
                e.attributes().isEmpty() ? null : scala.jdk.javaapi.CollectionConverters.asScala(e.attributes()));
    }

    /**
     * @param spark a session
     * @return whether it gives timestamps as {@code Instant} ({@code spark.sql.datetime.java8API.enabled})
     */
    public static boolean instants(org.apache.spark.sql.SparkSession spark) {
        return Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
    }

    /**
     * @param row a row of the schema given at construction
     * @return the event; the quantity with trailing zeros stripped (the same number: Spark's decimal
     *     column gives every value the column's scale)
     * @throws IllegalArgumentException naming the event id (or the row when the id is missing) and the field
     */
    public Event toEvent(Row row) {
        String eventId = row.isNullAt(id) ? null : row.getString(id);
        try {
            Object t = row.get(time);
            Instant instant = t instanceof Instant i ? i : t instanceof Timestamp ts ? ts.toInstant() : null;
            BigDecimal q = row.isNullAt(quantity) ? null : row.getDecimal(quantity).stripTrailingZeros();
            if (q != null && q.scale() < 0) {
                q = q.setScale(0);
            }
            Map<String, String> attrs = row.isNullAt(attributes) ? Map.of() : row.getJavaMap(attributes);
            return new Event(Checks.nonNull(eventId, "id"), row.getString(type), row.getString(subject),
                    Checks.nonNull(instant, "time"), Checks.nonNull(q, "quantity"),
                    Optional.ofNullable(row.isNullAt(area) ? null : row.getString(area)), attrs);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("event row " + (eventId == null ? row.toString() : "'" + eventId + "'")
                    + " is not a valid event: " + e.getMessage(), e);
        }
    }
}

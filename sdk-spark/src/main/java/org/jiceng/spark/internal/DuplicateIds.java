package org.jiceng.spark.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.EventOrder;

/**
 * Keeps, per event id, the row the scoring engine keeps ({@link EventOrder#DUPLICATE_PREFERENCE}).
 * Input: a partition sorted by id, holding every copy of its ids. Rows of ids seen once pass through
 * unconverted.
 */
public final class DuplicateIds implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final StructType schema;

    /**
     * @param schema the rows' schema (the event columns)
     */
    public DuplicateIds(StructType schema) {
        this.schema = schema;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        EventRows rows = new EventRows(schema);
        int idIndex = schema.fieldIndex("id");
        return new Iterator<>() {
            private Row ahead = input.hasNext() ? input.next() : null;

            @Override
            public boolean hasNext() {
                return ahead != null;
            }

            @Override
            public Row next() {
                if (ahead == null) {
                    throw new NoSuchElementException();
                }
                Row best = ahead;
                String id = best.getString(idIndex);
                Event bestEvent = null;
                ahead = null;
                while (input.hasNext()) {
                    Row r = input.next();
                    if (!id.equals(r.getString(idIndex))) {
                        ahead = r;
                        break;
                    }
                    if (bestEvent == null) {
                        bestEvent = rows.toEvent(best);
                    }
                    Event e = rows.toEvent(r);
                    if (EventOrder.DUPLICATE_PREFERENCE.compare(e, bestEvent) < 0) {
                        best = r;
                        bestEvent = e;
                    }
                }
                return best;
            }
        };
    }
}

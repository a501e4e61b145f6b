package org.jiceng.spark.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.ConflictPolicy;
import org.jiceng.scoring.EventOrder;
import org.jiceng.scoring.IdResolution;
import org.jiceng.scoring.ScoringProblem;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the copies of each event id with {@link EventOrder#resolve}, the scoring engine's own rule.
 * Input: a partition sorted by id, holding every copy of its ids (events up to {@code asOf} only).
 * Output, in {@link #schema(StructType)}: the kept copy of each id as an event row (problem columns
 * null; rows of ids seen once pass through unconverted), and one problem row per problem (event
 * columns null but {@code id}).
 */
public final class ResolveIds implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** Column of the problem kind; null on event rows. */
    public static final String KIND = "problem_kind";
    /** Column of the subject a problem concerns. */
    public static final String SUBJECT = "problem_subject_id";
    /** Column of a problem's detail. */
    public static final String DETAIL = "problem_detail";
    /** Column of a problem's detail in Chinese. */
    public static final String DETAIL_ZH = "problem_detail_zh";
    /** Column telling whether a problem leaves its subject out of the scorecards. */
    public static final String REJECTS = "problem_rejects_subject";

    private final StructType schema;
    private final ConflictPolicy policy;

    /**
     * @param schema the rows' schema (the event columns)
     * @param policy what to do with different copies of an id
     */
    public ResolveIds(StructType schema, ConflictPolicy policy) {
        this.schema = schema;
        this.policy = policy;
    }

    /**
     * @param events the event columns
     * @return the output schema: the event columns (nullable), then the problem columns
     */
    public static StructType schema(StructType events) {
        List<StructField> fields = new ArrayList<>();
        for (StructField f : events.fields()) {
            fields.add(DataTypes.createStructField(f.name(), f.dataType(), true));
        }
        fields.add(DataTypes.createStructField(KIND, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(SUBJECT, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DETAIL, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DETAIL_ZH, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(REJECTS, DataTypes.BooleanType, true));
        return new StructType(fields.toArray(new StructField[0]));
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        EventRows rows = new EventRows(schema);
        int idIndex = schema.fieldIndex("id");
        int width = schema.size();
        return new Iterator<>() {
            private @Nullable Row ahead = input.hasNext() ? input.next() : null;
            private final ArrayDeque<Row> out = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (out.isEmpty() && ahead != null) {
                    resolveNextId();
                }
                return !out.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return out.poll();
            }

            private void resolveNextId() {
                Row first = Objects.requireNonNull(ahead);
                String id = first.getString(idIndex);
                ahead = null;
                List<Row> copies = null;
                while (input.hasNext()) {
                    Row r = input.next();
                    if (!id.equals(r.getString(idIndex))) {
                        ahead = r;
                        break;
                    }
                    if (copies == null) {
                        copies = new ArrayList<>();
                        copies.add(first);
                    }
                    copies.add(r);
                }
                if (copies == null) {
                    out.add(event(first));
                    return;
                }
                List<Event> events = new ArrayList<>(copies.size());
                for (Row r : copies) {
                    events.add(rows.toEvent(r));
                }
                IdResolution resolution = EventOrder.resolve(events, policy);
                if (resolution.kept().isPresent()) {
                    out.add(event(copies.get(indexOf(events, resolution.kept().get()))));
                }
                for (ScoringProblem p : resolution.problems()) {
                    out.add(problem(p));
                }
            }

            private Row event(Row r) {
                Object[] values = new Object[width + 5];
                for (int k = 0; k < width; k++) {
                    values[k] = r.get(k);
                }
                return RowFactory.create(values);
            }

            private Row problem(ScoringProblem p) {
                Object[] values = new Object[width + 5];
                values[idIndex] = p.eventId();
                values[width] = p.kind().name();
                values[width + 1] = p.subjectId();
                values[width + 2] = p.detail();
                values[width + 3] = p.detailZh();
                values[width + 4] = p.kind().rejectsSubject();
                return RowFactory.create(values);
            }
        };
    }

    private static int indexOf(List<Event> events, Event kept) {
        for (int k = 0; k < events.size(); k++) {
            if (events.get(k) == kept) {
                return k;
            }
        }
        throw new IllegalStateException("the kept copy of '" + kept.id() + "' is none of the copies given");
    }
}

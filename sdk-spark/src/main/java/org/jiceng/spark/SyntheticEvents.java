package org.jiceng.spark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.spark.internal.EventRows;

/**
 * A deterministic party-member workload for the built-in {@code party-member-points} pack, defined
 * event by event from its index, so that a cluster generates it in parallel and one machine generates
 * the very same events: for smoke-testing a deployment and for comparing the distributed and the
 * single-machine engine. Events span 2023-12-20 to 2025-07-10 with microsecond times (so some fall
 * after {@link #AS_OF}); about 1% are exact replays of an earlier event and 1% reuse an earlier id for
 * another subject at another time (conflicting copies, which the engine resolves with
 * {@link org.jiceng.scoring.EventOrder#resolve} under its {@link org.jiceng.scoring.ConflictPolicy});
 * 3% have a type no rule knows.
 *
 * @param events number of events
 * @param subjects number of members, {@code member-0 .. member-(subjects-1)}
 * @param seed the seed
 */
public record SyntheticEvents(long events, int subjects, long seed) implements java.io.Serializable {

    /** The instant to score the workload at: 2025-07-01 00:00 in Shanghai. */
    public static final Instant AS_OF = Instant.parse("2025-06-30T16:00:00Z");
    /** The rule set the workload is written for. */
    public static final String RULE_SET = "party-member-points";

    private static final long START_MICROS = Instant.parse("2023-12-20T00:00:00Z").getEpochSecond() * 1_000_000L;
    private static final long SPAN_MICROS = (Instant.parse("2025-07-10T00:00:00Z").getEpochSecond() * 1_000_000L)
            - START_MICROS;
    private static final Map<String, String> LECTURE = Map.of("meeting", "党课");
    private static final Map<String, String> BRANCH_MEETING = Map.of("meeting", "支部党员大会");

    /**
     * Checks the sizes.
     *
     * @param events number of events, at least 0
     * @param subjects number of members, at least 1
     * @param seed the seed
     */
    public SyntheticEvents {
        if (events < 0 || subjects < 1) {
            throw new IllegalArgumentException("need events >= 0 and subjects >= 1, got " + events + " and " + subjects);
        }
    }

    /**
     * @param index an index in {@code [0, events)}
     * @return the event at that index
     */
    public Event event(long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        if (index > 0) {
            int roll = r.nextInt(100);
            if (roll == 0) {
                return fresh(r.nextLong(index));
            }
            if (roll == 1) {
                Event original = fresh(r.nextLong(index));
                return new Event(original.id(), original.type(), "member-" + r.nextInt(subjects),
                        original.time().plusSeconds(r.nextLong(-86_400L * 40, 86_400L * 40)), original.quantity(),
                        original.areaId(), original.attributes());
            }
        }
        return fresh(index);
    }

    /** @return every event, in index order (for the single-machine side; memory grows with the count) */
    public List<Event> list() {
        List<Event> out = new ArrayList<>((int) Math.min(events, Integer.MAX_VALUE - 8));
        for (long i = 0; i < events; i++) {
            out.add(event(i));
        }
        return out;
    }

    /**
     * @param spark the session
     * @param partitions how many partitions to generate in
     * @return the events in {@link SparkEvents#SCHEMA}, generated on the executors
     */
    public Dataset<Row> dataset(SparkSession spark, int partitions) {
        SyntheticEvents self = this;
        boolean instants = EventRows.instants(spark);
        MapPartitionsFunction<Long, Row> generate = indices -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return indices.hasNext();
            }

            @Override
            public Row next() {
                return EventRows.toRow(self.event(indices.next()), instants);
            }
        };
        return spark.range(0, events, 1, partitions).mapPartitions(generate, Encoders.row(SparkEvents.SCHEMA));
    }

    private Event fresh(long index) {
        SplittableRandom r = new SplittableRandom(~(seed * 0xBF58476D1CE4E5B9L + index));
        String id = "ev-" + index;
        String subject = "member-" + r.nextInt(subjects);
        long micros = START_MICROS + r.nextLong(SPAN_MICROS);
        Instant time = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        Optional<String> area = r.nextInt(4) == 0 ? Optional.of("area-" + r.nextInt(50)) : Optional.empty();
        int roll = r.nextInt(100);
        if (roll < 35) {
            return new Event(id, EventTypes.MEETING_ATTENDED, subject, time, BigDecimal.ONE, area,
                    r.nextInt(4) == 0 ? LECTURE : BRANCH_MEETING);
        } else if (roll < 55) {
            return new Event(id, EventTypes.VOLUNTEER_SERVICE, subject, time, BigDecimal.valueOf(1 + r.nextInt(16), 1)
                    .multiply(BigDecimal.valueOf(5)), area, Map.of());
        } else if (roll < 73) {
            return new Event(id, EventTypes.HOUSEHOLD_VISIT, subject, time, BigDecimal.valueOf(1 + r.nextInt(3)), area, Map.of());
        } else if (roll < 90) {
            return new Event(id, EventTypes.REPORT_SERVICE, subject, time, BigDecimal.ONE, area, Map.of());
        } else if (roll < 95) {
            return new Event(id, EventTypes.MEETING_MISSED, subject, time, BigDecimal.ONE, area, Map.of());
        } else if (roll < 97) {
            return new Event(id, EventTypes.MISCONDUCT, subject, time, BigDecimal.valueOf(1 + r.nextInt(3)), area, Map.of());
        }
        return new Event(id, "training.credit", subject, time, BigDecimal.ONE, area, Map.of());
    }
}

package org.jiceng.spark.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.Band;
import org.jiceng.scoring.ConflictPolicy;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.ScoreLine;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jspecify.annotations.Nullable;

/**
 * Scores one partition of events, ids already resolved, sorted by subject, with {@link ScoringEngine#scoreSubjects}.
 * Rows whose {@value #REJECTED} column is true are not events but markers of a subject that a rejected
 * id names: that subject gets no scorecard. The rule set travels as its canonical JSON and is compiled
 * once per executor JVM.
 */
public final class ScorePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    /** The boolean column marking a rejected subject (the row carries no event but its subject id). */
    public static final String REJECTED = "rejected_subject_marker";
    private static final Map<String, ScoringEngine> ENGINES = new ConcurrentHashMap<>();

    private final StructType schema;
    private final String ruleSetJson;
    private final String contentHash;
    private final Instant asOf;
    private final ScoringOptions.Detail detail;
    private final ConflictPolicy conflicts;
    private final boolean instants;

    /**
     * @param schema the rows' schema (the event columns)
     * @param ruleSetJson the rule set's canonical JSON
     * @param contentHash its content hash, checked after parsing
     * @param asOf the instant to score at
     * @param detail totals or lines
     * @param conflicts the conflict policy (ids are resolved before; this applies it the same way if not)
     * @param instants whether timestamps are {@code Instant}s in rows ({@code spark.sql.datetime.java8API.enabled})
     *     rather than {@code java.sql.Timestamp}s
     */
    public ScorePartition(StructType schema, String ruleSetJson, String contentHash, Instant asOf,
            ScoringOptions.Detail detail, ConflictPolicy conflicts, boolean instants) {
        this.schema = schema;
        this.ruleSetJson = ruleSetJson;
        this.contentHash = contentHash;
        this.asOf = asOf;
        this.detail = detail;
        this.conflicts = conflicts;
        this.instants = instants;
    }

    /**
     * @param json a rule set's canonical JSON
     * @param contentHash its content hash
     * @return the compiled engine, shared in this JVM
     */
    static ScoringEngine engine(String json, String contentHash) {
        return ENGINES.computeIfAbsent(contentHash, h -> {
            RuleSet parsed = RuleSets.parse(json, "rule set " + h.substring(0, 12) + " sent to the Spark executor");
            if (!parsed.contentHash().equals(h)) {
                throw new IllegalStateException("rule set sent to the executor has content hash " + parsed.contentHash()
                        + " after parsing, not " + h + ": its canonical JSON does not round-trip");
            }
            return ScoringEngine.compile(parsed);
        });
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        ScoringEngine engine = engine(ruleSetJson, contentHash);
        EventRows rows = new EventRows(schema);
        int marker = schema.fieldIndex(REJECTED);
        int subject = schema.fieldIndex("subject_id");
        // Rejected subjects whose scorecard has not passed yet. A subject's rows are adjacent and a batch
        // of whole subjects is scored only after the next subject's first event (or the end) is read,
        // so every marker of a subject is seen before its scorecard comes.
        Set<String> rejected = new HashSet<>();
        Iterator<Event> events = new Iterator<>() {
            private @Nullable Row ahead;

            @Override
            public boolean hasNext() {
                while (ahead == null && input.hasNext()) {
                    Row r = input.next();
                    if (r.getBoolean(marker)) {
                        rejected.add(r.getString(subject));
                    } else {
                        ahead = r;
                    }
                }
                return ahead != null;
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = Objects.requireNonNull(ahead);
                ahead = null;
                return rows.toEvent(r);
            }
        };
        Iterator<Scorecard> cards = engine.scoreSubjects(events, asOf, new ScoringOptions(detail, false, conflicts));
        return new Iterator<>() {
            private @Nullable Scorecard ahead;

            @Override
            public boolean hasNext() {
                while (ahead == null && cards.hasNext()) {
                    Scorecard c = cards.next();
                    if (!rejected.remove(c.subjectId())) {
                        ahead = c;
                    }
                }
                return ahead != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Scorecard c = Objects.requireNonNull(ahead);
                ahead = null;
                return toRow(c);
            }
        };
    }

    private Row toRow(Scorecard s) {
        Map<String, String> grades = new TreeMap<>();
        for (Map.Entry<String, Band> g : s.grades().entrySet()) {
            grades.put(g.getKey(), g.getValue().key());
        }
        List<Row> lines = new ArrayList<>(s.lines().size());
        for (ScoreLine l : s.lines()) {
            lines.add(RowFactory.create(l.ruleRef(), l.eventId(), l.eventType(), instants ? l.time() : Timestamp.from(l.time()),
                    points(l.requested()), points(l.granted()), l.reason().name(), l.detail()));
        }
        return RowFactory.create(s.subjectId(), points(s.total()), points(s.awarded()), points(s.deducted()),
                points(s.expired()), s.eventsScored(), scala(grades), scalaSeq(lines), s.toJson());
    }

    private static BigDecimal points(long hundredths) {
        return Points.toDecimal(hundredths);
    }

    private static scala.collection.Map<String, String> scala(Map<String, String> m) {
        return scala.jdk.javaapi.CollectionConverters.asScala(m);
    }

    private static scala.collection.Seq<Row> scalaSeq(List<Row> l) {
        return scala.jdk.javaapi.CollectionConverters.asScala(l).toSeq();
    }
}

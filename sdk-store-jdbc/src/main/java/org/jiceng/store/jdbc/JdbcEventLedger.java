package org.jiceng.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.jiceng.core.model.Event;
import org.jiceng.core.store.AppendResult;
import org.jiceng.core.store.EventConflictException;
import org.jiceng.core.store.EventLedger;
import org.jiceng.store.jdbc.internal.EventRow;
import org.jiceng.store.jdbc.internal.Sql;
import org.jiceng.store.jdbc.internal.Tx;

/**
 * An {@link EventLedger} in the append-only table {@code jiceng_event}. An append is one
 * transaction. A batch whose ids are distinct is first written straight into the ledger
 * ({@link SqlDialect#insertNewEvents}; PostgreSQL: one streamed {@code COPY}); if any of its ids is
 * stored already, the database refuses that by the primary key, the transaction is rolled back and
 * the batch takes the staged path: staged (PostgreSQL: {@code COPY} into a temporary table), inserted
 * where the id is new, and compared with what is stored where it is not. Any difference rolls the
 * whole batch back with an {@link EventConflictException}.
 */
public final class JdbcEventLedger implements EventLedger {

    private final DataSource dataSource;
    private final SqlDialect dialect;

    /** @param dataSource connections to a PostgreSQL database migrated with the store's scripts */
    public JdbcEventLedger(DataSource dataSource) {
        this(dataSource, PostgresDialect.INSTANCE);
    }

    /**
     * @param dataSource connections to a database migrated with the dialect's scripts
     * @param dialect the database's dialect
     */
    public JdbcEventLedger(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public AppendResult append(Collection<Event> events) {
        if (events.isEmpty()) {
            return new AppendResult(0, 0);
        }
        List<EventRow> rows = new ArrayList<>(events.size());
        Map<Map<String, String>, String> encodings = new HashMap<>();
        for (Event e : events) {
            rows.add(EventRow.of(rows.size(), e, encodings));
        }
        boolean distinct = distinctIds(rows);
        int appended = Tx.run(dataSource, "append " + rows.size() + " events", conn -> {
            if (distinct) {
                try {
                    dialect.insertNewEvents(conn, rows);
                    return rows.size();
                } catch (SQLException e) {
                    if (!dialect.isUniqueViolation(e)) {
                        throw e;
                    }
                    // Some id is stored already: undo the fast path and take the staged one, which
                    // skips stored ids and checks them for conflicting content.
                    conn.rollback();
                }
            }
            try (Statement st = conn.createStatement()) {
                st.execute(dialect.createEventStage());
            }
            dialect.loadEventStage(conn, rows);
            int inserted;
            try (Statement st = conn.createStatement()) {
                inserted = st.executeUpdate(dialect.insertEventsFromStage());
            }
            if (inserted < rows.size()) {
                checkConflicts(conn);
            }
            return inserted;
        });
        return new AppendResult(appended, rows.size() - appended);
    }

    private static boolean distinctIds(List<EventRow> rows) {
        Set<String> ids = new HashSet<>(rows.size() * 4 / 3 + 1);
        for (EventRow row : rows) {
            if (!ids.add(row.event().id())) {
                return false;
            }
        }
        return true;
    }

    /** Throws for the first staged row (by offered order) whose id is stored with other content. */
    private static void checkConflicts(Connection conn) throws SQLException {
        String sql = "SELECT s.event_id, s.type, s.subject_id, s.at, s.quantity, s.area_id, s.attributes,"
                + " e.event_id AS stored_event_id, e.type AS stored_type, e.subject_id AS stored_subject_id,"
                + " e.at AS stored_at, e.quantity AS stored_quantity, e.area_id AS stored_area_id,"
                + " e.attributes AS stored_attributes"
                + " FROM jiceng_event_stage s JOIN jiceng_event e ON e.event_id = s.event_id"
                + " WHERE e.type <> s.type OR e.subject_id <> s.subject_id OR e.at <> s.at"
                + " OR CAST(e.quantity AS VARCHAR(100)) <> CAST(s.quantity AS VARCHAR(100))"
                + " OR COALESCE(e.area_id, '') <> COALESCE(s.area_id, '') OR (e.area_id IS NULL) <> (s.area_id IS NULL)"
                + " OR e.attributes <> s.attributes ORDER BY s.ord";
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                throw new EventConflictException(EventRow.read(rs, "stored_"), EventRow.read(rs, ""));
            }
        }
    }

    @Override
    public List<Event> eventsOf(String subjectId, Instant upTo) {
        return Tx.run(dataSource, "read events of " + subjectId, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + EventRow.COLUMNS + " FROM jiceng_event"
                    + " WHERE subject_id = ? AND at <= ? ORDER BY at, event_id")) {
                ps.setString(1, subjectId);
                Sql.setInstant(ps, 2, upTo);
                List<Event> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(EventRow.read(rs, ""));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Stream<Event> stream(Instant from, Instant before) {
        String operation = "stream events [" + from + ", " + before + ")";
        Connection conn = null;
        try {
            conn = dataSource.getConnection();
            conn.setAutoCommit(false);
            PreparedStatement ps = conn.prepareStatement("SELECT " + EventRow.COLUMNS + " FROM jiceng_event"
                    + " WHERE at >= ? AND at < ? ORDER BY at, event_id");
            dialect.streamResults(ps);
            Sql.setInstant(ps, 1, from);
            Sql.setInstant(ps, 2, before);
            ResultSet rs = ps.executeQuery();
            Connection held = conn;
            Spliterators.AbstractSpliterator<Event> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super Event> action) {
                    try {
                        if (!rs.next()) {
                            return false;
                        }
                        action.accept(EventRow.read(rs, ""));
                        return true;
                    } catch (SQLException e) {
                        throw new JdbcStoreException(operation, e);
                    }
                }
            };
            return StreamSupport.stream(rows, false).onClose(() -> {
                try (held; ps; rs) {
                    held.rollback();
                } catch (SQLException e) {
                    throw new JdbcStoreException("close " + operation, e);
                }
            });
        } catch (SQLException e) {
            if (conn != null) {
                try {
                    conn.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new JdbcStoreException(operation, e);
        }
    }

    @Override
    public long count() {
        return Tx.count(dataSource, "jiceng_event");
    }

    @Override
    public String toString() {
        return "JdbcEventLedger[" + dialect.name() + "]";
    }
}

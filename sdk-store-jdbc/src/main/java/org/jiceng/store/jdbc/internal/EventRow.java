package org.jiceng.store.jdbc.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiceng.cases.store.spi.Canonical;
import org.jiceng.core.model.Event;

/**
 * An event as the ledger's columns hold it.
 *
 * @param ord its position in the offered batch
 * @param event the event
 * @param attributes its attributes, encoded with keys sorted
 */
public record EventRow(int ord, Event event, String attributes) {

    /** Columns of {@code jiceng_event} in the order {@link #read} expects. */
    public static final String COLUMNS = "event_id, type, subject_id, at, quantity, area_id, attributes";

    private static final String NO_ATTRIBUTES = Canonical.encodeList(List.of());
    /** How many distinct attribute maps a batch remembers the encoding of (bounded: each may be unique). */
    private static final int MAX_ENCODINGS = 4096;

    /**
     * @param ord position in the batch
     * @param event the event; its time and quantity are checked for values the database cannot keep
     *     exactly, its text where it is sent ({@link #bindEvent}, {@link CopyBinary})
     * @return the row
     */
    public static EventRow of(int ord, Event event) {
        return of(ord, event, new HashMap<>());
    }

    /**
     * @param ord position in the batch
     * @param event the event; its time, quantity and attributes are checked for values the database cannot
     *     keep exactly, its other text where it is sent ({@link #bindEvent}, {@link CopyBinary}: once per
     *     value, for rows made by the canonical constructor too)
     * @param encodings attribute maps already encoded in this batch, their encodings (a batch has few distinct
     *     maps: the map of each is encoded and checked once); filled here
     * @return the row
     */
    public static EventRow of(int ord, Event event, Map<Map<String, String>, String> encodings) {
        if (event.time().getNano() % 1000 != 0) {
            Sql.exactMicros(event.time(), "Event " + event.id() + " time");
        }
        if (event.quantity().scale() < 0) {
            Sql.exactDecimal(event.quantity(), "Event " + event.id() + " quantity");
        }
        Map<String, String> attributes = event.attributes();
        if (attributes.isEmpty()) {
            return new EventRow(ord, event, NO_ATTRIBUTES);
        }
        String encoded = encodings.get(attributes);
        if (encoded == null) {
            List<String> flat = new ArrayList<>(attributes.size() * 2);
            (attributes.size() == 1 ? attributes : new TreeMap<>(attributes)).forEach((k, v) -> {
                flat.add(k);
                flat.add(v);
            });
            encoded = storable(Canonical.encodeList(flat), event, "attributes");
            if (encodings.size() < MAX_ENCODINGS) {
                encodings.put(attributes, encoded);
            }
        }
        return new EventRow(ord, event, encoded);
    }

    /** Refuses text no database can hold exactly, building the message only then. */
    private static String storable(String value, Event event, String field) {
        return Sql.unpairedSurrogate(value) < 0 ? value : Sql.pairedSurrogates(value, "Event " + event.id(), field);
    }

    /**
     * Binds ord and the seven event columns.
     *
     * @param ps statement
     * @param first index of the first parameter
     * @throws SQLException on failure
     */
    public void bind(PreparedStatement ps, int first) throws SQLException {
        ps.setInt(first, ord);
        bindEvent(ps, first + 1);
    }

    /**
     * Binds the seven event columns, refusing text with a UTF-16 surrogate without its pair (drivers would
     * send {@code ?} in its place).
     *
     * @param ps statement
     * @param first index of the first parameter
     * @throws SQLException on failure
     */
    public void bindEvent(PreparedStatement ps, int first) throws SQLException {
        ps.setString(first, storable(event.id(), event, "id"));
        ps.setString(first + 1, storable(event.type(), event, "type"));
        ps.setString(first + 2, storable(event.subjectId(), event, "subjectId"));
        Sql.setInstant(ps, first + 3, event.time());
        ps.setBigDecimal(first + 4, event.quantity());
        Sql.setString(ps, first + 5, event.areaId().isPresent() ? storable(event.areaId().get(), event, "areaId")
                : null);
        ps.setString(first + 6, storable(attributes, event, "attributes"));
    }

    /**
     * @param rs a result set positioned on a row with {@link #COLUMNS}, possibly prefixed
     * @param prefix column name prefix (e.g. {@code stored_}), or empty
     * @return the event
     * @throws SQLException on failure
     */
    public static Event read(ResultSet rs, String prefix) throws SQLException {
        List<String> flat = Canonical.decodeList(rs.getString(prefix + "attributes"));
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            attributes.put(flat.get(i), flat.get(i + 1));
        }
        Instant at = Sql.instant(rs, prefix + "at");
        BigDecimal quantity = rs.getBigDecimal(prefix + "quantity");
        return new Event(rs.getString(prefix + "event_id"), rs.getString(prefix + "type"),
                rs.getString(prefix + "subject_id"), at, quantity, Sql.optString(rs, prefix + "area_id"), attributes);
    }
}

package org.jiceng.store.jdbc.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * @param ord position in the batch
     * @param event the event, checked for values the database cannot keep exactly
     * @return the row
     */
    public static EventRow of(int ord, Event event) {
        Sql.exactMicros(event.time(), "Event " + event.id() + " time");
        Sql.exactDecimal(event.quantity(), "Event " + event.id() + " quantity");
        List<String> flat = new ArrayList<>(event.attributes().size() * 2);
        new TreeMap<>(event.attributes()).forEach((k, v) -> {
            flat.add(k);
            flat.add(v);
        });
        return new EventRow(ord, event, Canonical.encodeList(flat));
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
     * Binds the seven event columns.
     *
     * @param ps statement
     * @param first index of the first parameter
     * @throws SQLException on failure
     */
    public void bindEvent(PreparedStatement ps, int first) throws SQLException {
        ps.setString(first, event.id());
        ps.setString(first + 1, event.type());
        ps.setString(first + 2, event.subjectId());
        Sql.setInstant(ps, first + 3, event.time());
        ps.setBigDecimal(first + 4, event.quantity());
        Sql.setString(ps, first + 5, event.areaId());
        ps.setString(first + 6, attributes);
    }

    /**
     * Appends the row as one CSV line for COPY: every present value quoted, NULL as nothing.
     *
     * @param out the buffer
     */
    public void appendCsv(StringBuilder out) {
        out.append(ord).append(',');
        quote(out, event.id()).append(',');
        quote(out, event.type()).append(',');
        quote(out, event.subjectId()).append(',');
        out.append(event.time()).append(',');
        out.append(event.quantity().toString()).append(',');
        if (event.areaId().isPresent()) {
            quote(out, event.areaId().get());
        }
        out.append(',');
        quote(out, attributes).append('\n');
    }

    private static StringBuilder quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
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

package org.jiceng.store.jdbc.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Binding and reading of the value types the stores keep, without loss. */
public final class Sql {

    private Sql() {
    }

    /**
     * Refuses an instant a TIMESTAMPTZ column cannot hold exactly (finer than microseconds), rather
     * than letting the database round it in silence.
     *
     * @param instant the value
     * @param what what it is, for the message (e.g. {@code case C-1 entry 3 time})
     * @return the instant
     */
    public static Instant exactMicros(Instant instant, String what) {
        if (instant.getNano() % 1000 != 0) {
            throw new IllegalArgumentException(what + " " + instant + " has sub-microsecond precision, which the"
                    + " database keeps only to the microsecond; truncate it before storing (时间精度超出微秒)");
        }
        return instant;
    }

    /**
     * Refuses text with a UTF-16 surrogate without its pair: no database encoding can hold it, and
     * drivers would store {@code ?} in its place.
     *
     * @param value the text
     * @param owner whose it is, for the message (e.g. {@code Event e-1})
     * @param field which of its fields, for the message (e.g. {@code type})
     * @return the text
     */
    public static String pairedSurrogates(String value, String owner, String field) {
        int i = unpairedSurrogate(value);
        if (i >= 0) {
            throw new IllegalArgumentException(owner + " " + field + " contains an unpaired UTF-16 surrogate U+"
                    + Integer.toHexString(value.charAt(i)).toUpperCase(java.util.Locale.ROOT) + " at character " + i
                    + ", which no database encoding can hold (孤立的代理字符)");
        }
        return value;
    }

    /**
     * @param value text
     * @return the index of its first UTF-16 surrogate without its pair, or -1
     */
    public static int unpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= value.length()
                        || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /**
     * Refuses a quantity whose scale the database would not give back (negative scales such as 1E+3).
     *
     * @param value the value
     * @param what what it is, for the message
     * @return the value
     */
    public static BigDecimal exactDecimal(BigDecimal value, String what) {
        if (value.scale() < 0) {
            throw new IllegalArgumentException(what + " " + value + " has a negative scale; the database would store"
                    + " it as " + value.toPlainString() + ", which is not the same value to the SDK. Use setScale(0)");
        }
        return value;
    }

    /**
     * @param ps statement
     * @param index parameter index
     * @param instant value
     * @throws SQLException on failure
     */
    public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * @param rs result set
     * @param column column
     * @return the instant
     * @throws SQLException on failure, or when the column is NULL
     */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        if (t == null) {
            throw new SQLException("column " + column + " is NULL where a time is required");
        }
        return t.toInstant();
    }

    /**
     * @param ps statement
     * @param index parameter index
     * @param value value, or {@code null} for NULL
     * @throws SQLException on failure
     */
    public static void setString(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value != null) {
            ps.setString(index, value);
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    /**
     * @param ps statement
     * @param index parameter index
     * @param value value, or {@code null} for NULL
     * @throws SQLException on failure
     */
    public static void setDate(PreparedStatement ps, int index, @Nullable LocalDate value) throws SQLException {
        if (value != null) {
            ps.setObject(index, value);
        } else {
            ps.setNull(index, Types.DATE);
        }
    }

    /**
     * @param rs result set
     * @param column column
     * @return its value, empty for NULL
     * @throws SQLException on failure
     */
    public static Optional<String> optString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}

package org.jiceng.store.jdbc.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import org.jiceng.core.time.IsoInstants;

/**
 * Writes rows in the CSV form of PostgreSQL's {@code COPY … FROM STDIN WITH (FORMAT csv)} straight
 * to UTF-8 bytes, in chunks, so that the server parses one chunk while the next is encoded. Every
 * present text value is quoted (so tabs, newlines, commas, quotes, backslashes and {@code \.} are
 * data), an absent one is an empty unquoted field (NULL). Text PostgreSQL cannot hold exactly is
 * refused with the event and the field named, never changed: U+0000, and a UTF-16 surrogate
 * without its pair (which UTF-8 cannot encode).
 */
public final class CopyCsv {

    private static final int CHUNK = 1 << 16;

    /** Where the bytes go, e.g. PgJDBC's {@code CopyIn.writeToCopy}. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param bytes a buffer
         * @param offset where the bytes to send start
         * @param length how many to send
         * @throws SQLException when sending fails
         */
        void write(byte[] bytes, int offset, int length) throws SQLException;
    }

    private final Sink out;
    private final byte[] buf = new byte[CHUNK + 8];
    private int n;

    /** @param out where the bytes go */
    public CopyCsv(Sink out) {
        this.out = out;
    }

    /**
     * Writes one row of the ledger's columns.
     *
     * @param row the row
     * @param withOrd whether to start with its {@code ord} (the staging table's first column)
     * @throws SQLException when sending fails
     * @throws IllegalArgumentException when a text value cannot be stored exactly
     */
    public void write(EventRow row, boolean withOrd) throws SQLException {
        String id = row.event().id();
        if (withOrd) {
            ascii(Integer.toString(row.ord()));
            put(',');
        }
        text(id, id, "id");
        put(',');
        text(row.event().type(), id, "type");
        put(',');
        text(row.event().subjectId(), id, "subjectId");
        put(',');
        Instant at = row.event().time();
        if (n + 40 > buf.length) {
            flush();
        }
        n = IsoInstants.write(at, buf, n);
        put(',');
        BigDecimal q = row.event().quantity();
        ascii(q.toPlainString());
        put(',');
        if (row.event().areaId().isPresent()) {
            text(row.event().areaId().get(), id, "areaId");
        }
        put(',');
        text(row.attributes(), id, "attributes");
        put('\n');
        if (n >= CHUNK) {
            flush();
        }
    }

    /**
     * Sends what is buffered.
     *
     * @throws SQLException when sending fails
     */
    public void flush() throws SQLException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    private void put(char c) throws SQLException {
        if (n >= buf.length) {
            flush();
        }
        buf[n++] = (byte) c;
    }

    private void ascii(String s) throws SQLException {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    /** A quoted value: {@code "} doubled, everything else as UTF-8. */
    private void text(String s, String eventId, String field) throws SQLException {
        put('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (n + 4 > buf.length) {
                flush();
            }
            if (c < 0x80) {
                if (c == 0) {
                    throw refused(eventId, field, s, i, "U+0000, which PostgreSQL text cannot hold"
                            + " (PostgreSQL 文本不能包含 U+0000 字符)");
                }
                if (c == '"') {
                    buf[n++] = '"';
                }
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | (c >> 6));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[n++] = (byte) (0xF0 | (cp >> 18));
                    buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[n++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    throw refused(eventId, field, s, i, String.format(java.util.Locale.ROOT, "an unpaired UTF-16"
                            + " surrogate U+%04X, which no database encoding can hold (孤立的代理字符)", (int) c));
                }
            } else {
                buf[n++] = (byte) (0xE0 | (c >> 12));
                buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        put('"');
    }

    private static IllegalArgumentException refused(String eventId, String field, String value, int index,
            String what) {
        return new IllegalArgumentException("Event " + eventId + " " + field + " contains " + what + " at character "
                + index + " of " + value.length() + "; nothing of the batch was stored");
    }
}

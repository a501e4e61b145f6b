package org.jiceng.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.internal.CellRules;

/**
 * The CSV writer for UTF-8: each cell is encoded by one bulk {@link String#getBytes} (a copy for ASCII text),
 * its quoting decided over those bytes (in UTF-8 a quote, CR, LF or an ASCII delimiter byte is always that
 * character) and the bytes copied into a 64K buffer that goes to the stream whole. The bytes are those an
 * encoder that reports malformed input writes: a cell holding a lone surrogate fails the export.
 *
 * <p>Columns whose texts repeat (a type, a subject, an area, an attribute map) keep the bytes of their recent
 * texts in a small table per column, looked up by the text's hash: a repeated text costs one comparison and one
 * copy. A column whose texts rarely repeat (an id, a time) stops looking after its first
 * {@value #TRIAL} rows.
 */
final class Utf8CsvWriter extends CsvRowWriter {
    private static final int CHUNK = 64 * 1024;
    /** Byte classes: an ordinary byte, a quote, a byte that asks for quotes, a {@code ?}. */
    private static final byte PLAIN = 0;
    private static final byte QUOTE = 1;
    private static final byte SPECIAL = 2;
    private static final byte QUESTION_MARK = 3;

    /** Slots per column of the table of recent texts (a power of two). */
    private static final int SLOTS = 512;
    /** Rows after which a column keeps its table only if at least half its texts were found in it. */
    static final int TRIAL = 4096;
    /** The longest text whose bytes are kept. */
    private static final int MAX_KEPT = 256;

    private final OutputStream out;
    private final char delimiter;
    /** The delimiter's bytes. */
    private final byte[] delimiterBytes;
    /** Whether the delimiter is one byte, found by the byte scan; otherwise it is looked for in the text. */
    private final boolean asciiDelimiter;
    /** The class of every byte value. */
    private final byte[] classes = new byte[256];
    private final byte[] buf = new byte[CHUNK];
    private int n;
    /**
     * How many times the buffer was drained or passed by: a cell written while this stayed the same lies whole
     * in the buffer.
     */
    private long drains;
    /** Per column: its recent texts, or {@code null} once the column stopped looking; made with the first row. */
    private String[][] keptTexts = new String[0][];
    /** Per column: the bytes written for each kept text. */
    private byte[][][] keptBytes = new byte[0][][];
    /** Per column: look-ups and finds during the trial. */
    private int[] lookups = new int[0];
    private int[] found = new int[0];
    private boolean header = true;

    /**
     * @param out the stream
     * @param options the options; the charset is UTF-8 and the delimiter no surrogate
     */
    Utf8CsvWriter(OutputStream out, ExportOptions options) {
        super(options);
        this.out = out;
        this.delimiter = options.delimiter();
        this.delimiterBytes = String.valueOf(delimiter).getBytes(StandardCharsets.UTF_8);
        this.asciiDelimiter = delimiter < 0x80;
        classes['"'] = QUOTE;
        classes['\n'] = SPECIAL;
        classes['\r'] = SPECIAL;
        if (asciiDelimiter) {
            classes[delimiter] = SPECIAL;
        }
        // The encoder's replacement of a lone surrogate: a cell holding one is looked at again.
        classes['?'] = QUESTION_MARK;
    }

    /**
     * Whether this writer writes the options' CSV: UTF-8 with a delimiter that is a character of its own.
     *
     * @param options the options
     * @return true when the options' charset is UTF-8 and the delimiter no surrogate
     */
    static boolean writes(ExportOptions options) {
        return options.charset().equals(StandardCharsets.UTF_8) && !Character.isSurrogate(options.delimiter());
    }

    /** Starts the file with the UTF-8 byte-order mark. */
    void byteOrderMark() {
        buf[n++] = (byte) 0xEF;
        buf[n++] = (byte) 0xBB;
        buf[n++] = (byte) 0xBF;
    }

    @Override
    void writeRow(String[] cells) throws IOException {
        if (header) {
            header = false;
            keptTexts = new String[cells.length][SLOTS];
            keptBytes = new byte[cells.length][SLOTS][];
            lookups = new int[cells.length];
            found = new int[cells.length];
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    put(delimiterBytes, 0, delimiterBytes.length);
                }
                writeCell(cells[i]);
            }
        } else {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    put(delimiterBytes, 0, delimiterBytes.length);
                }
                writeKnownCell(i, cells[i]);
            }
        }
        if (n + 2 > CHUNK) {
            drain();
        }
        buf[n++] = '\r';
        buf[n++] = '\n';
    }

    /** Writes a cell of a data row: the bytes kept for its text, or else its bytes, kept for the next time. */
    private void writeKnownCell(int column, String cell) throws IOException {
        String[] texts = keptTexts[column];
        if (texts == null || cell.isEmpty()) {
            writeCell(cell);
            return;
        }
        int slot = cell.hashCode() & (SLOTS - 1);
        String known = texts[slot];
        boolean trial = lookups[column] < TRIAL;
        if (trial) {
            lookups[column]++;
        }
        if (known == cell || cell.equals(known)) {
            if (trial) {
                found[column]++;
            }
            byte[] bytes = keptBytes[column][slot];
            put(bytes, 0, bytes.length);
            return;
        }
        if (trial && lookups[column] == TRIAL && found[column] < TRIAL / 2) {
            // Texts that rarely repeat (ids, times): the look-ups cost more than they save.
            keptTexts[column] = null;
            keptBytes[column] = null;
            texts = null;
        }
        int start = n;
        long drained = drains;
        writeCell(cell);
        if (texts != null && drains == drained && n - start <= MAX_KEPT) {
            texts[slot] = cell;
            keptBytes[column][slot] = java.util.Arrays.copyOfRange(buf, start, n);
        }
    }

    private void writeCell(String cell) throws IOException {
        int len = cell.length();
        if (len == 0) {
            return;
        }
        byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
        byte[] cls = classes;
        int quotes = 0;
        boolean special = false;
        boolean questionMark = false;
        for (int i = 0; i < bytes.length; i++) {
            byte c = cls[bytes[i] & 0xFF];
            if (c != PLAIN) {
                if (c == QUOTE) {
                    quotes++;
                } else if (c == SPECIAL) {
                    special = true;
                } else {
                    questionMark = true;
                }
            }
        }
        if (questionMark) {
            requireWellFormed(cell);
        }
        boolean quoted = quotes > 0 || special || CellRules.mayBeWhiteSpace(cell.charAt(0))
                && Character.isWhitespace(cell.charAt(0)) || CellRules.mayBeWhiteSpace(cell.charAt(len - 1))
                && Character.isWhitespace(cell.charAt(len - 1)) || !asciiDelimiter && cell.indexOf(delimiter) >= 0;
        if (!quoted) {
            put(bytes, 0, bytes.length);
            return;
        }
        putByte('"');
        if (quotes == 0) {
            put(bytes, 0, bytes.length);
        } else {
            int from = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '"') {
                    // Up to and with the quote, then the quote again.
                    put(bytes, from, i + 1 - from);
                    putByte('"');
                    from = i + 1;
                }
            }
            put(bytes, from, bytes.length - from);
        }
        putByte('"');
    }

    /** Fails as the encoder does on a surrogate that is not half of a pair. */
    private static void requireWellFormed(String cell) throws MalformedInputException {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < cell.length() && Character.isLowSurrogate(cell.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new MalformedInputException(1);
            }
        }
    }

    private void putByte(char c) throws IOException {
        if (n == CHUNK) {
            drain();
        }
        buf[n++] = (byte) c;
    }

    private void put(byte[] bytes, int from, int len) throws IOException {
        if (len > CHUNK - n) {
            drain();
            if (len > CHUNK) {
                out.write(bytes, from, len);
                drains++;
                return;
            }
        }
        System.arraycopy(bytes, from, buf, n, len);
        n += len;
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
            drains++;
        }
    }

    @Override
    public void close() throws IOException {
        drain();
        out.flush();
    }
}

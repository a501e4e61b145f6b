package org.jiceng.io.xlsx.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one sheet row as read, before they are judged against a header: for each column its kind
 * (empty, text, number, boolean or formula error), its text, and for numbers the value and whether the
 * cell's format shows it as a date. Reused from row to row.
 */
public final class RowCells {

    /** What a cell holds. */
    public enum Kind {
        /** No cell or an empty one. */
        EMPTY,
        /** Text: a shared, inline or formula string, or an ISO date cell. */
        TEXT,
        /** A number (possibly a date serial). */
        NUMBER,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** A formula error such as {@code #N/A}. */
        ERROR,
        /** A formula whose value was never computed (no cached value: the file was not saved by a spreadsheet). */
        UNCALCULATED
    }

    private Kind[] kinds = new Kind[16];
    private String[] texts = new String[16];
    private double[] numbers = new double[16];
    private boolean[] dateFormatted = new boolean[16];
    private int width;
    private long rowNumber;

    void clear(long row) {
        Arrays.fill(kinds, 0, width, Kind.EMPTY);
        Arrays.fill(texts, 0, width, null);
        width = 0;
        rowNumber = row;
    }

    void set(int column, Kind kind, String text, double number, boolean date) {
        if (column >= kinds.length) {
            int size = Math.max(column + 1, kinds.length * 2);
            kinds = Arrays.copyOf(kinds, size);
            texts = Arrays.copyOf(texts, size);
            numbers = Arrays.copyOf(numbers, size);
            dateFormatted = Arrays.copyOf(dateFormatted, size);
        }
        for (int i = width; i < column; i++) {
            kinds[i] = Kind.EMPTY;
            texts[i] = null;
        }
        kinds[column] = kind;
        texts[column] = text;
        numbers[column] = number;
        dateFormatted[column] = date;
        width = Math.max(width, column + 1);
    }

    /** @return the 1-based row number in the sheet */
    public long rowNumber() {
        return rowNumber;
    }

    /** @return one more than the last column with a cell */
    public int width() {
        return width;
    }

    /**
     * @param column 0-based
     * @return what the cell holds
     */
    public Kind kind(int column) {
        return column < width && kinds[column] != null ? kinds[column] : Kind.EMPTY;
    }

    /**
     * @param column 0-based
     * @return the cell's text (for numbers, Excel's shortest form), or null when empty
     */
    public @Nullable String text(int column) {
        return column < width ? texts[column] : null;
    }

    /**
     * @param column 0-based, a {@link Kind#NUMBER} cell
     * @return its value
     */
    public double number(int column) {
        return numbers[column];
    }

    /**
     * @param column 0-based, a {@link Kind#NUMBER} cell
     * @return whether its format shows a date or time
     */
    public boolean dateFormatted(int column) {
        return dateFormatted[column];
    }

    /** @return true when no cell holds anything but white space (a formula without a value is something) */
    public boolean blank() {
        for (int i = 0; i < width; i++) {
            if (kinds[i] == Kind.UNCALCULATED
                    || (kinds[i] != Kind.EMPTY && texts[i] != null && !texts[i].isBlank())) {
                return false;
            }
        }
        return true;
    }
}

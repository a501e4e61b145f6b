package org.jiceng.io.xlsx.internal;

/** Spreadsheet column letters: 0 is {@code A}, 25 {@code Z}, 26 {@code AA}. */
final class ColumnNames {

    private static final String[] FIRST = new String[64];

    static {
        for (int i = 0; i < FIRST.length; i++) {
            FIRST[i] = letters(i);
        }
    }

    private ColumnNames() {
    }

    /**
     * @param column 0-based column index
     * @return its letters
     */
    static String of(int column) {
        return column < FIRST.length ? FIRST[column] : letters(column);
    }

    private static String letters(int column) {
        StringBuilder letters = new StringBuilder(3);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}

package org.jiceng.io.xlsx.internal;

import java.util.Locale;
import org.jiceng.io.IoLimits;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet part's {@code <sheetData>} row by row into {@link RowCells} and hands each finished
 * row to a {@link RowListener}. Formulas are read by their cached value. Cells and rows without a
 * reference take the next position. Limits on columns, cell length and row length hold while reading.
 */
public final class SheetHandler extends DefaultHandler {

    /** Receives each row. */
    @FunctionalInterface
    public interface RowListener {
        /**
         * @param row the row's cells, valid until this method returns
         * @throws SAXException to end parsing (wrapping the reason)
         */
        void row(RowCells row) throws SAXException;
    }

    private final String part;
    private final IoLimits limits;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final RowListener listener;
    private final RowCells cells = new RowCells();
    private final StringBuilder text = new StringBuilder();

    private long row;
    private boolean inRow;
    private int column = -1;
    private @Nullable String type;
    private int style;
    private boolean collecting;
    private boolean haveValue;
    private boolean formula;
    private boolean inInline;
    private int phonetic;
    private long rowChars;

    /**
     * @param part the part name, for messages
     * @param limits the import's limits
     * @param strings the shared strings
     * @param styles the cell formats
     * @param listener receives rows
     */
    public SheetHandler(String part, IoLimits limits, SharedStrings strings, CellStyles styles, RowListener listener) {
        this.part = part;
        this.limits = limits;
        this.strings = strings;
        this.styles = styles;
        this.listener = listener;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = a.getValue("r");
                long next = r == null ? row + 1 : parseLong(r.strip(), "row number");
                if (next <= row) {
                    throw bad("row " + next + " comes after row " + row);
                }
                row = next;
                cells.clear(row);
                inRow = true;
                column = -1;
                rowChars = 0;
            }
            case "c" -> {
                if (!inRow) {
                    throw bad("a cell outside a row");
                }
                String ref = a.getValue("r");
                int next = ref == null ? column + 1 : columnOf(ref);
                if (next <= column) {
                    throw bad("cell " + ref + " comes after column " + (column + 1));
                }
                column = next;
                if (column >= limits.maxFields()) {
                    throw limit(String.format(Locale.ROOT,
                            "row %d has a cell beyond column %,d (IoLimits.maxFields)", row, limits.maxFields()),
                            String.format(Locale.ROOT, "第 %d 行有超出第 %,d 列的单元格（IoLimits.maxFields）", row,
                                    limits.maxFields()));
                }
                type = a.getValue("t");
                String s = a.getValue("s");
                style = s == null ? 0 : (int) parseLong(s.strip(), "style index");
                text.setLength(0);
                haveValue = false;
                formula = false;
            }
            case "f" -> formula = true;
            case "v" -> {
                collecting = true;
                haveValue = true;
                text.setLength(0);
            }
            case "is" -> {
                inInline = true;
                haveValue = true;
            }
            case "rPh" -> phonetic++;
            case "t" -> collecting = inInline && phonetic == 0;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!collecting) {
            return;
        }
        if (text.length() + length > limits.maxCellChars()) {
            throw limit(String.format(Locale.ROOT, "row %d has a cell longer than %,d characters (IoLimits.maxCellChars)",
                    row, limits.maxCellChars()), String.format(Locale.ROOT,
                    "第 %d 行有单元格长度超过 %,d 个字符（IoLimits.maxCellChars）", row, limits.maxCellChars()));
        }
        text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "is" -> inInline = false;
            case "rPh" -> phonetic--;
            case "c" -> finishCell();
            case "row" -> {
                inRow = false;
                listener.row(cells);
            }
            default -> { }
        }
    }

    private void finishCell() throws SAXException {
        if (!haveValue) {
            if (formula) {
                put(RowCells.Kind.UNCALCULATED, "", 0, false);
            }
            return;
        }
        String value = text.toString();
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                int index = (int) parseLong(value.strip(), "shared string index");
                if (index < 0 || index >= strings.size()) {
                    throw bad("cell refers to shared string " + index + " but the table has " + strings.size());
                }
                put(RowCells.Kind.TEXT, strings.get(index), 0, false);
            }
            case "inlineStr", "str" -> put(RowCells.Kind.TEXT, XmlText.decode(value), 0, false);
            case "d" -> put(RowCells.Kind.TEXT, value.strip(), 0, false);
            case "b" -> put(RowCells.Kind.BOOLEAN, "1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip())
                    ? "TRUE" : "FALSE", 0, false);
            case "e" -> put(RowCells.Kind.ERROR, value.strip(), 0, false);
            case "n" -> {
                if (value.isBlank()) {
                    return;
                }
                double number;
                try {
                    number = Double.parseDouble(value.strip());
                } catch (NumberFormatException e) {
                    throw bad("numeric cell holds '" + abbreviate(value) + "'");
                }
                if (!Double.isFinite(number)) {
                    throw bad("numeric cell holds '" + abbreviate(value) + "'");
                }
                put(RowCells.Kind.NUMBER, NumberCells.plain(number), number, styles.isDate(style));
            }
            default -> throw bad("unknown cell type '" + abbreviate(t) + "'");
        }
    }

    private void put(RowCells.Kind kind, String value, double number, boolean date) throws SAXException {
        rowChars += value.length();
        if (value.length() > limits.maxCellChars()) {
            throw limit(String.format(Locale.ROOT, "row %d has a cell longer than %,d characters (IoLimits.maxCellChars)",
                    row, limits.maxCellChars()), String.format(Locale.ROOT,
                    "第 %d 行有单元格长度超过 %,d 个字符（IoLimits.maxCellChars）", row, limits.maxCellChars()));
        }
        if (rowChars > limits.maxRowChars()) {
            throw limit(String.format(Locale.ROOT, "row %d is longer than %,d characters (IoLimits.maxRowChars)", row,
                    limits.maxRowChars()), String.format(Locale.ROOT, "第 %d 行长度超过 %,d 个字符（IoLimits.maxRowChars）",
                    row, limits.maxRowChars()));
        }
        cells.set(column, kind, value, number, date);
    }

    private int columnOf(String ref) throws SAXException {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z' || i >= 7) {
                throw bad("cell reference '" + abbreviate(ref) + "'");
            }
            col = col * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0) {
            throw bad("cell reference '" + abbreviate(ref) + "'");
        }
        return col - 1;
    }

    private long parseLong(String s, String what) throws SAXException {
        try {
            long v = Long.parseLong(s);
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw bad(what + " '" + abbreviate(s) + "' out of range");
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(what + " '" + abbreviate(s) + "'");
        }
    }

    private SAXException bad(String message) {
        return new SAXException("part " + part + (row > 0 ? " row " + row : "") + ": " + message);
    }

    private SAXException limit(String en, String zh) {
        return new SAXException(new LimitExceeded(part, en, zh));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}

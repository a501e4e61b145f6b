package org.jiceng.io.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a row came from: the source name, the sheet (workbooks), the physical line where the row starts
 * (text formats, 1-based) and the row number (1-based; in a workbook the spreadsheet row number, in text
 * formats the data row counted after the header).
 *
 * @param source file name or other description of the source
 * @param sheet the sheet of a workbook, or the section of a JSON dataset document
 * @param line the 1-based line where the row starts, or 0 when the format has no lines
 * @param row the 1-based row number, or 0 for the source as a whole (e.g. its header)
 */
public record SourceLocation(String source, Optional<String> sheet, long line, long row) {

    /**
     * Validates the components.
     *
     * @param source file name or other description of the source
     * @param sheet the sheet of a workbook, or the section of a JSON dataset document
     * @param line the 1-based line where the row starts, or 0 when the format has no lines
     * @param row the 1-based row number, or 0 for the source as a whole (e.g. its header)
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if {@code line} or {@code row} is negative
     */
    public SourceLocation {
        Objects.requireNonNull(source, "source");
        sheet = Objects.requireNonNull(sheet, "sheet must not be null");
        if (line < 0 || row < 0) {
            throw new IllegalArgumentException("line and row must be >= 0, were " + line + ", " + row);
        }
    }

    /**
     * @param source source name
     * @return the location of the source as a whole
     */
    public static SourceLocation of(String source) {
        return new SourceLocation(source, Optional.empty(), 0, 0);
    }

    /**
     * @param source source name
     * @param line 1-based line
     * @param row 1-based data row
     * @return a location in a text source
     */
    public static SourceLocation line(String source, long line, long row) {
        return new SourceLocation(source, Optional.empty(), line, row);
    }

    /**
     * @param source source name
     * @param sheet sheet name
     * @param row 1-based spreadsheet row
     * @return a location in a workbook
     */
    public static SourceLocation sheetRow(String source, String sheet, long row) {
        return new SourceLocation(source, Optional.of(sheet), 0, row);
    }

    /** @return e.g. {@code members.csv line 12 (row 11)} or {@code book.xlsx sheet 人员 row 5} */
    public String describe() {
        StringBuilder s = new StringBuilder(source);
        sheet.ifPresent(name -> s.append(" sheet ").append(name));
        if (line > 0) {
            s.append(" line ").append(line);
            if (row > 0) {
                s.append(" (row ").append(row).append(')');
            }
        } else if (row > 0) {
            s.append(" row ").append(row);
        }
        return s.toString();
    }

    /** @return the same description in Chinese, e.g. {@code members.csv 第12行} */
    public String describeZh() {
        StringBuilder s = new StringBuilder(source);
        sheet.ifPresent(name -> s.append(" 工作表「").append(name).append('」'));
        if (line > 0) {
            s.append(" 第").append(line).append("行");
        } else if (row > 0) {
            s.append(" 第").append(row).append("行");
        }
        return s.toString();
    }
}

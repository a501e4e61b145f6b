package org.jiceng.io.xlsx.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.TableColumns;
import org.jspecify.annotations.Nullable;

/**
 * Streams records into a workbook with one sheet per kind (or per record type of a table mapping), in the
 * order the kinds first arrive. Each sheet's rows go to a temporary file as SpreadsheetML as they come (memory does not grow with the row
 * count); {@link #close()} writes the zip: content types, relationships, workbook, a style sheet with a
 * bold font for headers, and each sheet with a frozen header row and fixed column widths.
 */
public final class WorkbookWriter implements FormatWriter {

    private final OutputStream out;
    private final ExportOptions options;
    /** Sheets by record class: each kind, and a table mapping's type, has one class. */
    private final Map<Class<?>, Sheet> sheets = new HashMap<>();
    private final List<Sheet> order = new ArrayList<>();
    private boolean closed;

    /** One sheet being written. */
    private static final class Sheet {
        final TableColumns columns;
        /** Makes the cells of this sheet's rows, each distinct repeated value (an attribute map) formatted once. */
        final TableColumns.Rows cells;
        final Path file;
        final Writer rows;
        final int index;
        long next = 2;

        Sheet(TableColumns columns, Path file, Writer rows, int index) {
            this.columns = columns;
            this.cells = columns.rows();
            this.file = file;
            this.rows = rows;
            this.index = index;
        }
    }

    /**
     * @param out where the workbook goes; not closed
     * @param options masking and language
     */
    public WorkbookWriter(OutputStream out, ExportOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void write(Record record) throws IOException {
        if (closed) {
            throw new IllegalStateException("the workbook is closed");
        }
        Sheet sheet = sheets.get(record.getClass());
        if (sheet == null) {
            sheet = newSheet(record);
        }
        String[] cells = sheet.cells.cells(record);
        Writer w = sheet.rows;
        long row = sheet.next++;
        w.write("<row r=\"");
        w.write(Long.toString(row));
        w.write("\">");
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].isEmpty()) {
                continue;
            }
            if (sheet.columns.isInteger(i)) {
                cell(w, i, row, null);
                w.write("><v>");
                w.write(Long.toString(Long.parseLong(cells[i])));
                w.write("</v></c>");
            } else {
                textCell(w, i, row, cells[i], false);
            }
        }
        w.write("</row>");
    }

    private Sheet newSheet(Record record) throws IOException {
        TableColumns columns = TableColumns.of(record, options, true);
        Path file = Files.createTempFile("jiceng-xlsx-sheet-", ".xml");
        Writer rows;
        try {
            rows = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                    1 << 16);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        Sheet sheet = new Sheet(columns, file, rows, order.size() + 1);
        sheets.put(record.getClass(), sheet);
        order.add(sheet);
        return sheet;
    }

    private static void cell(Writer w, int column, long row, @Nullable String attributes) throws IOException {
        w.write("<c r=\"");
        w.write(ColumnNames.of(column));
        w.write(Long.toString(row));
        w.write('"');
        if (attributes != null) {
            w.write(attributes);
        }
    }

    private static void textCell(Writer w, int column, long row, String text, boolean bold) throws IOException {
        cell(w, column, row, bold ? " s=\"1\" t=\"inlineStr\"" : " t=\"inlineStr\"");
        boolean edges = !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
        w.write(edges ? "><is><t xml:space=\"preserve\">" : "><is><t>");
        XmlText.write(w, text);
        w.write("</t></is></c>");
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (Sheet s : order) {
                s.rows.close();
            }
            ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            entry(zip, w, "[Content_Types].xml", contentTypes());
            entry(zip, w, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, w, "xl/workbook.xml", workbook());
            entry(zip, w, "xl/_rels/workbook.xml.rels", workbookRels());
            entry(zip, w, "xl/styles.xml", STYLES);
            for (Sheet s : order) {
                zip.putNextEntry(part("xl/worksheets/sheet" + s.index + ".xml"));
                sheetStart(w, s.columns);
                w.flush();
                Files.copy(s.file, zip);
                w.write("</sheetData></worksheet>");
                w.flush();
                zip.closeEntry();
            }
            zip.finish();
            out.flush();
        } finally {
            for (Sheet s : order) {
                Files.deleteIfExists(s.file);
            }
        }
    }

    /**
     * Every part carries the same fixed time (the zip format's earliest), so that the same records give the
     * same bytes on every run, whatever the clock and the default time zone say.
     */
    static final LocalDateTime PART_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static ZipEntry part(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(PART_TIME);
        return entry;
    }

    private static void entry(ZipOutputStream zip, Writer w, String name, String content) throws IOException {
        zip.putNextEntry(part(name));
        w.write(content);
        w.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (Sheet s : order) {
            b.append("<Override PartName=\"/xl/worksheets/sheet").append(s.index).append(
                    ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return b.append("</Types>").toString();
    }

    private String workbook() throws IOException {
        java.io.StringWriter b = new java.io.StringWriter();
        b.write("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (Sheet s : order) {
            b.write("<sheet name=\"");
            XmlText.write(b, s.columns.sectionName());
            b.write("\" sheetId=\"" + s.index + "\" r:id=\"rId" + s.index + "\"/>");
        }
        b.write("</sheets></workbook>");
        return b.toString();
    }

    private String workbookRels() {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (Sheet s : order) {
            b.append("<Relationship Id=\"rId").append(s.index).append(
                    "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                            + "Target=\"worksheets/sheet").append(s.index).append(".xml\"/>");
        }
        b.append("<Relationship Id=\"rId").append(order.size() + 1).append(
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                        + "Target=\"styles.xml\"/>");
        return b.append("</Relationships>").toString();
    }

    private static void sheetStart(Writer w, TableColumns columns) throws IOException {
        w.write("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" \
                state="frozen"/></sheetView></sheetViews><cols>""");
        List<String> headers = columns.headers();
        for (int i = 0; i < headers.size(); i++) {
            // Fixed widths from the header: fitting them to the data would need every row first.
            int width = Math.min(60, Math.max(12, headers.get(i).length() * 3));
            w.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + width + "\" customWidth=\"1\"/>");
        }
        w.write("</cols><sheetData><row r=\"1\">");
        for (int i = 0; i < headers.size(); i++) {
            textCell(w, i, 1, headers.get(i), true);
        }
        w.write("</row>");
    }

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>""";

    /** Keeps the zip stream from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

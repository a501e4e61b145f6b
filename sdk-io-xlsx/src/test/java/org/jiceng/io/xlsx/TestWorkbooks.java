package org.jiceng.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;

/**
 * Minimal workbooks assembled part by part, for inputs no spreadsheet program writes on purpose: exact
 * numeric cells, bombs and hostile shared-strings tables. The sheet is named {@code persons}.
 */
final class TestWorkbooks {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** A sink that takes every row and keeps nothing, for tests that watch something else. */
    static final ReadSink DISCARD = warningsTo(warning -> {
    });

    /**
     * @param warnings receives the reader's warnings
     * @return a sink that takes every row, keeps no record and hands each warning on
     */
    static ReadSink warningsTo(Consumer<ImportWarning> warnings) {
        return new ReadSink() {
            @Override
            public boolean accept(Record record, SourceRow row) {
                return true;
            }

            @Override
            public boolean reject(SourceRow row, List<RowError> errors) {
                return true;
            }

            @Override
            public void warn(ImportWarning warning) {
                warnings.accept(warning);
            }
        };
    }

    private TestWorkbooks() {
    }

    /**
     * @param sheetData the inside of {@code <sheetData>}
     * @param sharedStrings the whole shared-strings part, or null for none
     * @return the workbook's bytes
     */
    static byte[] workbook(String sheetData, String sharedStrings) {
        return workbook(sheetData.getBytes(StandardCharsets.UTF_8), sharedStrings);
    }

    static byte[] workbook(byte[] sheetData, String sharedStrings) {
        return workbook(sheetData, sharedStrings, null);
    }

    /** Like {@link #workbook(String, String)}, with a styles part (or null for none). */
    static byte[] workbook(byte[] sheetData, String sharedStrings, String styles) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/></Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"persons\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                    + "Target=\"styles.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            zip.write(sheetData);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (styles != null) {
                put(zip, "xl/styles.xml", styles);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A header row {@code id, name} and one data row whose id cell is the given raw cell XML. */
    static byte[] personWithIdCell(String idCell) {
        return workbook("<row r=\"1\">" + text("A1", "id") + text("B1", "name") + "</row><row r=\"2\">" + idCell
                + text("B2", "张三") + "</row>", null);
    }

    static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

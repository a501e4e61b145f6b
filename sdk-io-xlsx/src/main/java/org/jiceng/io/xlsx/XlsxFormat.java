package org.jiceng.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.IoLimits;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.xlsx.internal.CellStyles;
import org.jiceng.io.xlsx.internal.LimitExceeded;
import org.jiceng.io.xlsx.internal.SafeXml;
import org.jiceng.io.xlsx.internal.SharedStrings;
import org.jiceng.io.xlsx.internal.SheetHandler;
import org.jiceng.io.xlsx.internal.SheetTable;
import org.jiceng.io.xlsx.internal.WorkbookIndex;
import org.jiceng.io.xlsx.internal.WorkbookWriter;
import org.jiceng.io.xlsx.internal.ZipParts;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Excel workbooks ({@code xlsx}): one sheet per record kind, read and written without third-party code.
 *
 * <p>Reading opens the zip with {@code java.util.zip} and streams each worksheet through the JDK's SAX
 * parser, so rows are never held as a workbook object model. The sheet name gives the kind ({@code 人员}
 * or {@code persons}), else {@link ImportOptions#kind()}, else the header, so several sheets of one kind
 * (one per branch, say) are all read, each row located by sheet and row. Title rows above the header
 * (often merged across the table) are skipped: the header is the first of the first ten non-blank rows
 * that holds every required column of the kind; a blank header cell under a vertically merged cell takes
 * the text of the cell above it. Blank rows are skipped and not counted. Sheets of notes (a name such as
 * 填表说明, 说明 or notes) and hidden sheets are skipped with a warning.
 *
 * <p>Typed cells: numbers keep every digit or are rejected. An ID number, credit code or phone stored as
 * a number (shown as {@code 1.10105E+17}) has lost digits, so such a cell in a text column is rejected
 * with "stored as a number, digits lost; format the column as text"; a whole number of at most 15 digits
 * is exact and is kept, with a warning. Dates may be date cells or serial numbers (1900 or 1904 system).
 *
 * <p>Protection, per import and independent of any other import running at the same time: every part's
 * inflated bytes are counted against {@link IoLimits#xlsxMaxEntrySize()}, the ratio to its compressed size
 * against {@link IoLimits#xlsxMinInflateRatio()} and all parts together against
 * {@link IoLimits#xlsxMaxTotalSize()}; the shared-strings table, held in memory, is bounded by
 * {@link IoLimits#xlsxMaxSharedStringChars()} and {@link IoLimits#xlsxMaxSharedStrings()}; the XML parser
 * refuses DOCTYPE declarations, so no entity can expand. Each ends the import with an
 * {@link ImportException} of kind {@code LIMIT_EXCEEDED} or {@code MALFORMED}, never an error.
 *
 * <p>Writing streams plain SpreadsheetML: one sheet per kind in the export's language, a bold frozen
 * header row, numeric cells for whole numbers and inline text cells, formula-escaped, for the rest.
 */
public final class XlsxFormat implements FormatProvider {

    /** The format name. */
    public static final String NAME = "xlsx";

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public XlsxFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx");
    }

    @Override
    public boolean multiKind() {
        return true;
    }

    @Override
    public void read(ImportSource source, ImportOptions options, ReadSink sink) {
        String name = source.name();
        IoLimits limits = options.limits();
        String sheetName = null;
        try (ZipParts zip = open(source, limits)) {
            WorkbookIndex index = WorkbookIndex.read(zip);
            SharedStrings strings = SharedStrings.none();
            if (index.sharedStrings().isPresent()) {
                strings = new SharedStrings(index.sharedStrings().get(), limits.xlsxMaxSharedStringChars(),
                        limits.xlsxMaxSharedStrings(), limits.maxCellChars());
                try (InputStream in = zip.open(index.sharedStrings().get())) {
                    SafeXml.parse(in, strings);
                }
            }
            CellStyles styles = CellStyles.none();
            if (index.styles().isPresent()) {
                styles = new CellStyles();
                try (InputStream in = zip.open(index.styles().get())) {
                    SafeXml.parse(in, styles);
                }
            }
            for (WorkbookIndex.Sheet sheet : index.sheets()) {
                sheetName = sheet.name();
                if (skipped(name, sheet, sink)) {
                    continue;
                }
                SheetTable table = new SheetTable(name, sheet.name(), options, sink, index.date1904());
                try (InputStream in = zip.open(sheet.part())) {
                    SafeXml.parse(in, new SheetHandler(sheet.part(), limits, strings, styles, table));
                } catch (SheetTable.Stop stop) {
                    return;
                }
                table.finish();
            }
        } catch (ImportException e) {
            throw e;
        } catch (LimitExceeded e) {
            throw limit(name, sheetName, e);
        } catch (ZipException e) {
            boolean compound = String.valueOf(e.getMessage()).contains("OLE2");
            throw malformed(name, sheetName, "not an XLSX workbook (not a readable zip): " + e.getMessage(),
                    compound ? "不是 XLSX 工作簿：这是加密（设有密码）的工作簿或旧版 .xls 文件，请取消密码或另存为 .xlsx"
                            : "不是 XLSX 工作簿（不是可读的 zip 文件）：" + e.getMessage(), e);
        } catch (java.io.FileNotFoundException e) {
            throw malformed(name, sheetName, "not an XLSX workbook: " + e.getMessage(),
                    "不是 XLSX 工作簿：" + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.IO, where(name, sheetName), "cannot read: " + e.getMessage(),
                    "无法读取：" + e.getMessage(), e);
        } catch (SAXException e) {
            if (e.getException() instanceof LimitExceeded limit) {
                throw limit(name, sheetName, limit);
            }
            String message = String.valueOf(e.getMessage());
            boolean entity = message.contains("DOCTYPE") || message.contains("entit");
            throw new ImportException(entity ? ImportException.Kind.LIMIT_EXCEEDED : ImportException.Kind.MALFORMED,
                    where(name, sheetName), (entity ? "XML entity declarations are refused: " : "broken workbook XML: ")
                            + message, (entity ? "拒绝 XML 实体声明：" : "工作簿 XML 损坏：") + message, e);
        } catch (RuntimeException e) {
            // java.util.zip and the XML parser report some corruption as unchecked exceptions; they all mean
            // the file is not a readable workbook.
            throw malformed(name, sheetName, "broken workbook: " + e, "工作簿损坏：" + e, e);
        }
    }

    private static ZipParts open(ImportSource source, IoLimits limits) throws IOException {
        if (source.path().isPresent()) {
            return ZipParts.open(source.path().get(), limits);
        }
        try (InputStream in = source.open()) {
            return ZipParts.open(in, limits);
        }
    }

    /** Notes and hidden sheets are not tables: they are skipped, with a warning naming the sheet. */
    private static boolean skipped(String source, WorkbookIndex.Sheet sheet, ReadSink sink) {
        SourceLocation at = new SourceLocation(source, Optional.of(sheet.name()), 0, 0);
        if (isNotesSheet(sheet.name())) {
            sink.warn(new ImportWarning(at, Optional.empty(), Optional.empty(), Optional.empty(), "sheet-skipped",
                    "工作表「" + sheet.name() + "」是说明页，未导入", "sheet '" + sheet.name()
                            + "' holds notes and was not imported"));
            return true;
        }
        if (sheet.hidden()) {
            sink.warn(new ImportWarning(at, Optional.empty(), Optional.empty(), Optional.empty(), "sheet-skipped",
                    "工作表「" + sheet.name() + "」已隐藏，未导入", "sheet '" + sheet.name()
                            + "' is hidden and was not imported"));
            return true;
        }
        return false;
    }

    /**
     * @param sheetName a sheet's tab name
     * @return whether it names a sheet of notes or instructions (填表说明, 说明, 注意事项, notes, readme...)
     */
    static boolean isNotesSheet(String sheetName) {
        String n = sheetName.strip().toLowerCase(Locale.ROOT);
        return n.contains("说明") || n.contains("注意事项") || n.contains("須知") || n.contains("须知")
                || n.equals("notes") || n.equals("note") || n.equals("readme") || n.equals("read me")
                || n.equals("instructions") || n.equals("help");
    }

    private static SourceLocation where(String name, @Nullable String sheet) {
        return new SourceLocation(name, Optional.ofNullable(sheet), 0, 0);
    }

    private static ImportException limit(String name, @Nullable String sheet, LimitExceeded e) {
        return new ImportException(ImportException.Kind.LIMIT_EXCEEDED, where(name, sheet),
                "workbook exceeds a limit: " + e.getMessage(), "工作簿超出限制：" + e.messageZh(), e);
    }

    private static ImportException malformed(String name, @Nullable String sheet, String en, String zh,
            Throwable cause) {
        return new ImportException(ImportException.Kind.MALFORMED, where(name, sheet), en, zh, cause);
    }

    @Override
    public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
        return new WorkbookWriter(out, options);
    }
}

package org.jiceng.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.IoLimits;
import org.jiceng.io.RecordKind;
import org.jiceng.io.internal.HeaderSearch;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.TableColumns;
import org.jiceng.io.spi.TableHeader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Excel workbooks ({@code xlsx}): one sheet per record kind.
 *
 * <p>Reading streams every sheet through POI's SAX event API ({@code XSSFReader} and
 * {@code XSSFSheetXMLHandler}), so rows are never held as a workbook object model. The sheet name gives
 * the kind ({@code 人员} or {@code persons}), else {@link ImportOptions#kind()}, else the header. Title rows
 * above the header (often merged across the table) are skipped: the header is the first of the first ten
 * non-blank rows that holds every required column of the kind. A blank header cell under a vertically
 * merged cell takes the text of the cell above it, so two-row headers with merged cells work. Blank rows
 * are skipped and not counted. Dates in date-formatted cells are read as ISO dates, whole numbers without
 * {@code .0}.
 *
 * <p>Protection: POI's {@link ZipSecureFile} rejects zip bombs (entries inflating beyond
 * {@link IoLimits#xlsxMinInflateRatio()} or larger than {@link IoLimits#xlsxMaxEntrySize()}) and the SAX
 * parser from {@link XMLHelper} refuses DOCTYPE declarations, so entity expansion cannot happen. Both
 * end the import with {@link ImportException.Kind#LIMIT_EXCEEDED} or {@code MALFORMED}. Note that the
 * zip limits are process-wide POI settings: they are set before each read.
 *
 * <p>Writing uses SXSSF (a window of 200 rows in memory), one sheet per kind in the export's language,
 * a bold header row, numeric cells for whole numbers and text cells, formula-escaped, for the rest.
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
        synchronized (ZipSecureFile.class) {
            ZipSecureFile.setMinInflateRatio(limits.xlsxMinInflateRatio());
            ZipSecureFile.setMaxEntrySize(limits.xlsxMaxEntrySize());
            ZipSecureFile.setMaxTextSize(Math.min(limits.xlsxMaxEntrySize(), Integer.MAX_VALUE));
        }
        String sheetName = null;
        try (OPCPackage pkg = open(source)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    sheetName = sheets.getSheetName();
                    SheetRows rows = new SheetRows(name, sheetName, options, sink);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new IsoFormatter(), false));
                    try {
                        xml.parse(new InputSource(sheet));
                    } catch (Stop stop) {
                        return;
                    }
                    rows.finish();
                }
            }
        } catch (ImportException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw malformed(name, sheetName, "not an XLSX workbook: " + e.getMessage(), "不是 XLSX 工作簿：" + e.getMessage(), e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb") || String.valueOf(e.getMessage()).contains("exceed")) {
                throw new ImportException(ImportException.Kind.LIMIT_EXCEEDED, where(name, sheetName),
                        "workbook looks like a zip bomb or exceeds the XLSX size limits (IoLimits.xlsxMaxEntrySize, "
                                + "xlsxMinInflateRatio): " + e.getMessage(),
                        "工作簿疑似压缩炸弹或超出 XLSX 大小限制：" + e.getMessage(), e);
            }
            throw new ImportException(ImportException.Kind.IO, where(name, sheetName), "cannot read: " + e.getMessage(),
                    "无法读取：" + e.getMessage(), e);
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            boolean entity = message.contains("DOCTYPE") || message.contains("entit");
            throw new ImportException(entity ? ImportException.Kind.LIMIT_EXCEEDED : ImportException.Kind.MALFORMED,
                    where(name, sheetName), (entity ? "XML entity declarations are refused: " : "broken sheet XML: ")
                            + message, (entity ? "拒绝 XML 实体声明：" : "工作表 XML 损坏：") + message, e);
        } catch (OpenXML4JException | POIXMLException | javax.xml.parsers.ParserConfigurationException e) {
            throw malformed(name, sheetName, "broken workbook: " + e.getMessage(), "工作簿损坏：" + e.getMessage(), e);
        } catch (RuntimeException e) {
            // POI reports many kinds of corruption as unchecked exceptions (RecordFormatException,
            // IllegalArgumentException, ...); they all mean the file is not a readable workbook.
            throw malformed(name, sheetName, "broken workbook: " + e, "工作簿损坏：" + e, e);
        }
    }

    private static OPCPackage open(ImportSource source) throws IOException, InvalidFormatException {
        if (source.path().isPresent()) {
            return OPCPackage.open(source.path().get().toFile(), PackageAccess.READ);
        }
        try (InputStream in = source.open()) {
            return OPCPackage.open(in);
        }
    }

    private static SourceLocation where(String name, String sheet) {
        return new SourceLocation(name, Optional.ofNullable(sheet), 0, 0);
    }

    private static ImportException malformed(String name, String sheet, String en, String zh, Throwable cause) {
        return new ImportException(ImportException.Kind.MALFORMED, where(name, sheet), en, zh, cause);
    }

    /** Ends SAX parsing early when the sink asks to stop. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stop", null, false, false);
        }
    }

    /** Formats numeric cells losslessly: ISO dates for date formats, plain decimals otherwise. */
    private static final class IsoFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value);
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).toPlainString();
        }
    }

    /** Receives one sheet's cells row by row, finds the header, then emits data rows. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String source;
        private final String sheet;
        private final ImportOptions options;
        private final ReadSink sink;
        private final Optional<RecordKind> kind;
        private final HeaderSearch search;
        private String[] cells = new String[16];
        private int width;
        private int rowChars;
        private TableHeader header;

        SheetRows(String source, String sheet, ImportOptions options, ReadSink sink) {
            this.source = source;
            this.sheet = sheet;
            this.options = options;
            this.sink = sink;
            this.kind = RecordKind.fromName(sheet).or(options::kind);
            this.search = new HeaderSearch(kind, Optional.of(sheet), options, true);
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, 0, width, null);
            width = 0;
            rowChars = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null || value == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            IoLimits limits = options.limits();
            if (column >= limits.maxFields()) {
                throw limit("a row has a cell beyond column " + limits.maxFields() + " (IoLimits.maxFields)",
                        "单元格超出第 " + limits.maxFields() + " 列（IoLimits.maxFields）", 0);
            }
            if (value.length() > limits.maxCellChars()) {
                throw limit("a cell is longer than " + limits.maxCellChars() + " characters (IoLimits.maxCellChars)",
                        "单元格长度超过上限 " + limits.maxCellChars() + "（IoLimits.maxCellChars）", 0);
            }
            rowChars += value.length();
            if (rowChars > limits.maxRowChars()) {
                throw limit("row is longer than " + limits.maxRowChars() + " characters (IoLimits.maxRowChars)",
                        "一行长度超过上限 " + limits.maxRowChars() + "（IoLimits.maxRowChars）", 0);
            }
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = value;
            width = Math.max(width, column + 1);
        }

        @Override
        public void endRow(int rowNum) {
            if (blank()) {
                return;
            }
            SourceLocation at = SourceLocation.sheetRow(source, sheet, rowNum + 1L);
            if (header == null) {
                findHeader(at);
                return;
            }
            if (!header.emit(cells, width, at, sink)) {
                throw new Stop();
            }
        }

        private void findHeader(SourceLocation at) {
            header = search.offer(cells, width, at).orElse(null);
        }

        void finish() {
            search.finish(header != null);
        }

        private ImportException limit(String en, String zh, long row) {
            return new ImportException(ImportException.Kind.LIMIT_EXCEEDED,
                    SourceLocation.sheetRow(source, sheet, row), en, zh, null);
        }

        private boolean blank() {
            for (int i = 0; i < width; i++) {
                if (cells[i] != null && !cells[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
        return new WorkbookWriter(out, options);
    }

    /** Streams records into one SXSSF sheet per kind. */
    private static final class WorkbookWriter implements FormatWriter {
        private final OutputStream out;
        private final ExportOptions options;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Map<RecordKind, SheetState> sheets = new EnumMap<>(RecordKind.class);
        private final CellStyle headerStyle;

        WorkbookWriter(OutputStream out, ExportOptions options) {
            this.out = out;
            this.options = options;
            workbook.setCompressTempFiles(true);
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
        }

        @Override
        public void write(Record record) throws IOException {
            RecordKind kind = RecordKind.of(record);
            SheetState state = sheets.computeIfAbsent(kind, this::newSheet);
            String[] cells = state.columns.cells(record);
            SXSSFRow row = state.sheet.createRow(state.next++);
            for (int i = 0; i < cells.length; i++) {
                if (cells[i].isEmpty()) {
                    continue;
                }
                SXSSFCell cell = row.createCell(i);
                if (state.columns.isInteger(i)) {
                    cell.setCellValue(Long.parseLong(cells[i]));
                } else {
                    cell.setCellValue(cells[i]);
                }
            }
        }

        private SheetState newSheet(RecordKind kind) {
            TableColumns columns = TableColumns.of(kind, options, true);
            SXSSFSheet sheet = workbook.createSheet(columns.sectionName());
            SXSSFRow header = sheet.createRow(0);
            List<String> headers = columns.headers();
            for (int i = 0; i < headers.size(); i++) {
                SXSSFCell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
                // Fixed widths from the header: auto-sizing would need every row in memory.
                sheet.setColumnWidth(i, 256 * Math.min(60, Math.max(12, headers.get(i).length() * 3)));
            }
            sheet.createFreezePane(0, 1);
            return new SheetState(sheet, columns);
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.dispose();
                workbook.close();
            }
        }
    }

    /** A sheet being written. */
    private static final class SheetState {
        final SXSSFSheet sheet;
        final TableColumns columns;
        int next = 1;

        SheetState(SXSSFSheet sheet, TableColumns columns) {
            this.sheet = sheet;
            this.columns = columns;
        }
    }
}

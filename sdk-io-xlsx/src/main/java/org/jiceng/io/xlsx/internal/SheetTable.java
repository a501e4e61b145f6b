package org.jiceng.io.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.io.ImportOptions;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.spi.HeaderSearch;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;
import org.jiceng.io.spi.TableHeader;
import org.jiceng.io.spi.TableHeader.ValueType;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * One sheet as a table: finds the header below any title rows, then turns every non-blank row into cell
 * texts for the {@link TableHeader}, judging typed cells first. A numeric cell in a text column that may
 * have lost digits, or a formula error in a mapped column, rejects the row with a message naming the
 * cell; numbers read in a way the user should know of are reported as warnings to the sink.
 */
public final class SheetTable implements SheetHandler.RowListener {

    /** Constraint code of a code column cell stored as a number that lost digits. */
    public static final String STORED_AS_NUMBER = "stored-as-number";
    /** Constraint code of a formula error, or a formula never calculated, in a mapped column. */
    public static final String FORMULA_ERROR = "formula-error";

    /** Thrown through the parser when the sink asks to stop. */
    public static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stop");
        }
    }

    private final String source;
    private final String sheet;
    private final ReadSink sink;
    private final boolean date1904;
    private final HeaderSearch search;
    private @Nullable TableHeader header;
    private String[] headerCells = new String[0];

    /**
     * @param source the workbook's name
     * @param sheet the sheet's name
     * @param options import options
     * @param sink receives rows
     * @param date1904 the workbook's date system
     */
    public SheetTable(String source, String sheet, ImportOptions options, ReadSink sink, boolean date1904) {
        this.source = source;
        this.sheet = sheet;
        this.sink = sink;
        this.date1904 = date1904;
        Optional<RecordKind> kind = RecordKind.fromName(sheet).or(options::kind);
        this.search = new HeaderSearch(kind.orElse(null), sheet, options, true);
    }

    @Override
    public void row(RowCells cells) throws SAXException {
        if (cells.blank()) {
            return;
        }
        int width = cells.width();
        SourceLocation at = SourceLocation.sheetRow(source, sheet, cells.rowNumber());
        if (header == null) {
            String[] texts = new String[width];
            for (int i = 0; i < width; i++) {
                texts[i] = cells.kind(i) == RowCells.Kind.NUMBER
                        ? NumberCells.display(cells.number(i), cells.dateFormatted(i), date1904) : cells.text(i);
            }
            header = search.offer(texts, width, at).orElse(null);
            if (header != null) {
                headerCells = texts;
            }
            return;
        }
        String[] values = new String[width];
        List<RowError> problems = new ArrayList<>(0);
        for (int i = 0; i < width; i++) {
            RowCells.Kind kind = cells.kind(i);
            ValueType type = header.valueType(i);
            if (kind == RowCells.Kind.NUMBER) {
                NumberCells.Outcome outcome = NumberCells.judge(type, cells.number(i), cells.dateFormatted(i), date1904);
                if (outcome.isRejected()) {
                    problems.add(new RowError(at, Optional.of(headerOf(i)), Optional.ofNullable(cells.text(i)),
                            STORED_AS_NUMBER, outcome.messageZh(), outcome.messageEn()));
                    continue;
                }
                values[i] = outcome.text().get();
                if (outcome.warningRule().isPresent()) {
                    sink.warn(new ImportWarning(at, Optional.of(headerOf(i)), Optional.ofNullable(cells.text(i)),
                            outcome.text(), outcome.warningRule().get(), outcome.messageZh(), outcome.messageEn()));
                }
            } else if (kind == RowCells.Kind.ERROR && type != ValueType.UNMAPPED) {
                problems.add(new RowError(at, Optional.of(headerOf(i)), Optional.ofNullable(cells.text(i)), FORMULA_ERROR,
                        "单元格是公式错误 " + cells.text(i) + "，不是值", "the cell holds the formula error "
                                + cells.text(i) + ", not a value"));
            } else if (kind == RowCells.Kind.UNCALCULATED && type != ValueType.UNMAPPED) {
                problems.add(new RowError(at, Optional.of(headerOf(i)), Optional.empty(), FORMULA_ERROR,
                        "单元格是从未计算过的公式，没有值；请在电子表格软件中打开并保存，或粘贴为数值",
                        "the cell holds a formula that was never calculated, so it has no value; open and save the "
                                + "file in a spreadsheet program, or paste the values"));
            } else {
                values[i] = cells.text(i);
            }
        }
        boolean go = problems.isEmpty() ? header.emit(values, width, at, sink)
                : sink.reject(SourceRow.at(at), problems);
        if (!go) {
            throw new Stop();
        }
    }

    /** Called at the end of the sheet: a sheet with rows but no header fails. */
    public void finish() {
        search.finish(header != null);
    }

    private String headerOf(int column) {
        if (column < headerCells.length && headerCells[column] != null && !headerCells[column].isBlank()) {
            return headerCells[column].strip();
        }
        return ColumnNames.of(column);
    }
}

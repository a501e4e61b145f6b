package org.jiceng.io.spi;

import java.util.List;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.HeaderLanguage;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.internal.Codec;
import org.jiceng.io.internal.FormattedValues;
import org.jiceng.io.internal.KindMapping;
import org.jspecify.annotations.Nullable;

/**
 * The write side of the mapping layer: the columns of one {@link RecordKind}, or of an integrator's record
 * type through its {@link org.jiceng.io.mapping.TableMapping}, in the export's language, and every record
 * as one row of cell texts, with personal data masked unless the options opt out and, for spreadsheet
 * formats, formula injection defused with {@link SpreadsheetText#escape}. Writers get the columns of the
 * record at hand with {@link #of(Record, ExportOptions, boolean)}.
 */
public final class TableColumns {

    private final @Nullable RecordKind kind;
    private final KindMapping mapping;
    private final ExportOptions options;
    private final boolean spreadsheet;
    private final List<String> headers;
    /** Per column: whether it holds whole numbers (never formula-escaped). */
    private final boolean[] integer;

    private TableColumns(KindMapping mapping, ExportOptions options, boolean spreadsheet) {
        this.kind = mapping.kind();
        this.mapping = mapping;
        this.options = options;
        this.spreadsheet = spreadsheet;
        this.headers = mapping.columns().stream().map(c -> c.header(options.language())).toList();
        this.integer = new boolean[headers.size()];
        for (int i = 0; i < integer.length; i++) {
            integer[i] = mapping.columns().get(i).codec().cellType() == Codec.CellType.INTEGER;
        }
    }

    /**
     * @param kind the record kind
     * @param options masking and language
     * @param spreadsheet true for CSV and spreadsheets (formula-escape text cells)
     * @return the columns
     */
    public static TableColumns of(RecordKind kind, ExportOptions options, boolean spreadsheet) {
        return new TableColumns(KindMapping.of(kind), options, spreadsheet);
    }

    /**
     * The columns of a record: those of the options' {@link ExportOptions#mapping() table mapping} when the
     * record is of its type, else those of the record's kind.
     *
     * @param record a record to write
     * @param options masking, language and table mapping
     * @param spreadsheet true for CSV and spreadsheets (formula-escape text cells)
     * @return the columns
     * @throws IllegalArgumentException when the record is neither of a dataset kind nor of the mapped type
     */
    public static TableColumns of(Record record, ExportOptions options, boolean spreadsheet) {
        if (options.mapping().isPresent()
                && options.mapping().get().type().isInstance(org.jiceng.io.internal.Instantiator.unwrap(record))) {
            return new TableColumns(org.jiceng.io.internal.MappingAccess.of(options.mapping().get()), options,
                    spreadsheet);
        }
        for (RecordKind kind : RecordKind.values()) {
            if (kind.recordType().isInstance(record)) {
                return of(kind, options, spreadsheet);
            }
        }
        throw new IllegalArgumentException("Not a dataset record type: "
                + (record == null ? "null" : record.getClass().getName())
                + "; write records of your own types with a TableMapping (Exporter.write(mapping, rows, ...))");
    }

    /**
     * @return the record kind
     * @throws IllegalStateException when the columns are those of a table mapping, which is no kind
     */
    public RecordKind kind() {
        if (kind == null) {
            throw new IllegalStateException("the columns are those of " + mapping.recordType().getName()
                    + " through a TableMapping, not of a record kind");
        }
        return kind;
    }

    /**
     * @return the record class the rows of these columns are written as: the kind's or mapped record type, or
     *     for a mapped class that is no record the internal carrier its beans travel in
     */
    public Class<? extends Record> recordType() {
        return mapping.recordType();
    }

    /** @return the table's English key: the kind's key ({@code persons}) or the mapping's */
    public String key() {
        return mapping.key();
    }

    /** @return the headers in the export's language */
    public List<String> headers() {
        return headers;
    }

    /** @return the English column names (the keys of JSON objects) */
    public List<String> names() {
        return mapping.columns().stream().map(KindMapping.Column::name).toList();
    }

    /** @return the sheet or file-stem name in the export's language ({@code 人员} or {@code persons}) */
    public String sectionName() {
        return options.language() == HeaderLanguage.CHINESE ? mapping.label() : mapping.key();
    }

    /**
     * Whether these options change any cell of this kind by masking personal data (ID numbers, phones). When
     * false, a masked and an unmasked export of the same records are the same text, so a writer of both can
     * write the cells once.
     *
     * @return true when masking is on and a column of this kind is masked
     */
    public boolean masksPersonalData() {
        return options.maskPersonalData() && mapping.columns().stream().anyMatch(c -> c.masker() != null);
    }

    /**
     * @param column a column index
     * @return true when the column holds whole numbers that fit a spreadsheet's number exactly (spreadsheets
     *     write numeric cells, JSON numbers)
     */
    public boolean isInteger(int column) {
        return integer[column];
    }

    /**
     * @param record a record of this kind
     * @return its cells; absent values are empty strings
     * @throws IllegalArgumentException when the record is of another kind
     */
    public String[] cells(Record record) {
        return cells(record, null);
    }

    /**
     * A maker of the rows of one writer: the same cells as {@link #cells(Record)}, with each distinct value of
     * a column whose values repeat (attribute maps, lists, decimals, dates) formatted once per writer.
     *
     * @return a new maker of rows; not thread-safe, so one per writer
     */
    public Rows rows() {
        return new Rows(new FormattedValues(mapping));
    }

    /** The cells of the rows of one writer (see {@link #rows()}). Not thread-safe. */
    public final class Rows {
        private final FormattedValues seen;

        private Rows(FormattedValues seen) {
            this.seen = seen;
        }

        /**
         * @param record a record of these columns' kind
         * @return its cells, as {@link TableColumns#cells(Record)} makes them
         * @throws IllegalArgumentException when the record is of another kind
         */
        public String[] cells(Record record) {
            return TableColumns.this.cells(record, seen);
        }
    }

    private String[] cells(Record record, @Nullable FormattedValues seen) {
        if (!mapping.recordType().isInstance(record) || !mapping.accepts(record)) {
            throw new IllegalArgumentException("Expected a " + mapping.type().getSimpleName() + " record for "
                    + mapping.key() + ", got " + (record == null ? "null" : record.getClass().getSimpleName()));
        }
        String[] cells = mapping.format(record, options.language(), options.maskPersonalData(), seen);
        if (spreadsheet) {
            boolean[] whole = integer;
            for (int i = 0; i < cells.length; i++) {
                if (!whole[i]) {
                    cells[i] = SpreadsheetText.escape(cells[i]);
                }
            }
        }
        return cells;
    }
}

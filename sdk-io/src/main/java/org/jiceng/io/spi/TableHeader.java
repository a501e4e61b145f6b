package org.jiceng.io.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.internal.CellRules;
import org.jiceng.io.internal.KindMapping;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * The mapping layer for tabular formats (CSV, spreadsheets, flat JSON objects): a header row bound to
 * the columns of one {@link RecordKind}. A format reads a header, binds it once, then hands every row of
 * cell texts to {@link #emit}, which converts the cells, builds the record and passes it (or the row's
 * problems) to the {@link ReadSink}. Formats thus deal only with rows of strings.
 *
 * <p>Headers match the English column name ({@code idNumber}), the Chinese header ({@code 身份证号}),
 * a built-in alias ({@code 身份证号码}) or a user alias from {@link ImportOptions#headerAliases()};
 * case, spaces, {@code _}, {@code -} and {@code *} markers are ignored. Columns that match nothing
 * are listed in {@link #unknownColumns()}: for kinds with an {@code extras} map (persons, party members)
 * their values are kept there, for other kinds, and for row-number columns such as {@code 序号}, they are
 * ignored; {@link #reportColumns} tells the sink either way, once per source.
 *
 * <p>Cell texts are normalised on the way to the record ({@link CellRules}: ids and codes trimmed and
 * made half-width, a lower-case ID check character upper-cased, names trimmed; dates in roster forms
 * read as ISO) and each change travels with the row as an {@link ImportWarning}. A row whose every cell its
 * rule keeps as it is is built in one pass by a plan made when the header is bound; what reaches the sink is
 * the same either way.
 *
 * <p>An instance belongs to one source read by one thread: it remembers whether the columns were reported.
 */
public final class TableHeader {

    private final @Nullable RecordKind kind;
    private final KindMapping mapping;
    private final int[] fileToColumn;
    private final String[] columnHeader;
    private final List<String> unknown;
    private final boolean spreadsheet;
    private final int[] extraFiles;
    private final String[] extraNames;
    private final List<String> ignored;
    private final List<String> repeated;
    private final int[] blankHeaded;
    /** How rows whose cells are already their values are built in one pass, or null when none can be. */
    private KindMapping.@Nullable PlainPlan plain;
    private boolean blankReported;
    private boolean columnsReported;
    /** Reused for every row (one source, one thread); copied into the row's warnings when not empty. */
    private final List<CellRules.Change> changes = new ArrayList<>();
    /** Reused for every row like {@link #changes}; turned into the row's errors when not empty. */
    private final List<KindMapping.Problem> problems = new ArrayList<>();

    /** Headers of row-number columns, which are never kept (normalised as by {@link KindMapping#normalise}). */
    private static final Set<String> ROW_NUMBERS = Set.of("序号", "序", "行号", "no", "no.", "#", "排序");

    private TableHeader(KindMapping mapping, int[] fileToColumn, String[] columnHeader, List<String> unknown,
            List<String> cells, boolean spreadsheet) {
        this.kind = mapping.kind();
        this.mapping = mapping;
        this.fileToColumn = fileToColumn;
        this.columnHeader = columnHeader;
        this.unknown = List.copyOf(unknown);
        this.spreadsheet = spreadsheet;
        List<Integer> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        List<Integer> blank = new ArrayList<>();
        boolean keep = mapping.extrasColumn() >= 0;
        for (int f = 0; f < fileToColumn.length; f++) {
            String cell = cells.get(f) == null ? "" : cells.get(f).strip();
            if (fileToColumn[f] >= 0) {
                continue;
            }
            if (cell.isEmpty()) {
                blank.add(f);
            } else if (names.contains(cell) || dropped.contains(cell)) {
                twice.add(cell);
            } else if (keep && !ROW_NUMBERS.contains(KindMapping.normalise(cell))) {
                files.add(f);
                names.add(cell);
            } else {
                dropped.add(cell);
            }
        }
        this.extraFiles = files.stream().mapToInt(Integer::intValue).toArray();
        this.extraNames = names.toArray(String[]::new);
        this.ignored = List.copyOf(dropped);
        this.repeated = List.copyOf(twice);
        this.blankHeaded = blank.stream().mapToInt(Integer::intValue).toArray();
        int[] columnToFile = new int[mapping.columns().size()];
        java.util.Arrays.fill(columnToFile, -1);
        for (int f = 0; f < fileToColumn.length; f++) {
            if (fileToColumn[f] >= 0) {
                columnToFile[fileToColumn[f]] = f;
            }
        }
        this.plain = mapping.plainPlan(columnToFile, spreadsheet, extraFiles.length > 0);
    }

    /**
     * Makes this header build every row the general way, the reference the one-pass build of plain rows is
     * tested against.
     *
     * @return this header
     */
    TableHeader withoutPlainRows() {
        plain = null;
        return this;
    }

    /** @return whether rows may be built in one pass (for tests) */
    boolean buildsPlainRows() {
        return plain != null;
    }

    /**
     * Binds a header to a kind chosen, in this order, by {@link ImportOptions#kind()}, by the name hint
     * (a file stem or sheet name such as {@code persons} or {@code 人员}), or by detection from the header
     * cells.
     *
     * @param cells the header cells
     * @param nameHint a file stem or sheet name, or null when there is none
     * @param options import options (kind, aliases)
     * @param where the header's location, for errors
     * @param spreadsheet true for formats written with {@link SpreadsheetText#escape} (CSV, XLSX), whose
     *     cells are unescaped on read
     * @return the bound header
     * @throws ImportException ({@code UNMAPPABLE}) when no kind fits, a required column is missing or two
     *     cells map to the same column
     */
    public static TableHeader resolve(List<String> cells, @Nullable String nameHint, ImportOptions options,
            SourceLocation where, boolean spreadsheet) {
        return resolve(cells, nameHint, options, where, spreadsheet, true);
    }

    /**
     * Like {@link #resolve(List, String, ImportOptions, SourceLocation, boolean)}, optionally without
     * requiring the required columns in the header: formats whose rows carry their own keys (JSON objects)
     * report a missing required value per row instead of failing the whole source.
     *
     * @param cells the header cells or object keys
     * @param nameHint a file stem, sheet or section name, or null when there is none
     * @param options import options
     * @param where the location, for errors
     * @param spreadsheet whether cells are formula-escaped
     * @param requireColumns whether a missing required column fails the source
     * @return the bound header
     * @throws ImportException ({@code UNMAPPABLE}) when no kind fits or a column is duplicated
     */
    public static TableHeader resolve(List<String> cells, @Nullable String nameHint, ImportOptions options,
            SourceLocation where, boolean spreadsheet, boolean requireColumns) {
        if (options.mapping().isPresent()) {
            return bindTo(mappingOf(options), cells, options, where, spreadsheet, requireColumns);
        }
        Optional<RecordKind> kind = options.kind();
        if (kind.isEmpty() && nameHint != null) {
            kind = RecordKind.fromName(nameHint);
        }
        if (kind.isEmpty()) {
            kind = detect(cells, options);
        }
        if (kind.isEmpty()) {
            throw new ImportException(ImportException.Kind.UNMAPPABLE, where,
                    "cannot tell the record kind from the name " + (nameHint == null ? "(none)" : "'" + nameHint + "'")
                            + " or the header " + cells + "; declare it with ImportOptions.withKind",
                    "无法从名称" + (nameHint == null ? "（无）" : "「" + nameHint + "」") + "或表头 " + cells
                            + " 判断记录类型，请用 ImportOptions.withKind 指定", null);
        }
        return bind(kind.get(), cells, options, where, spreadsheet, requireColumns);
    }

    /**
     * Binds a header to a known kind.
     *
     * @param kind the record kind
     * @param cells the header cells
     * @param options import options (aliases)
     * @param where the header's location
     * @param spreadsheet whether cells are formula-escaped
     * @return the bound header
     * @throws ImportException ({@code UNMAPPABLE}) when a required column is missing or duplicated
     */
    public static TableHeader bind(RecordKind kind, List<String> cells, ImportOptions options, SourceLocation where,
            boolean spreadsheet) {
        return bind(kind, cells, options, where, spreadsheet, true);
    }

    /**
     * Binds a header to a known kind, optionally without requiring the required columns.
     *
     * @param kind the record kind
     * @param cells the header cells
     * @param options import options (aliases)
     * @param where the header's location
     * @param spreadsheet whether cells are formula-escaped
     * @param requireColumns whether a missing required column fails the source
     * @return the bound header
     * @throws ImportException ({@code UNMAPPABLE}) when a column is duplicated, or a required one missing
     *     and {@code requireColumns} is set
     */
    public static TableHeader bind(RecordKind kind, List<String> cells, ImportOptions options, SourceLocation where,
            boolean spreadsheet, boolean requireColumns) {
        return bindTo(options.mapping().isPresent() ? mappingOf(options) : KindMapping.of(kind), cells, options, where,
                spreadsheet, requireColumns);
    }

    /** The kind mapping behind the options' table mapping. */
    static KindMapping mappingOf(ImportOptions options) {
        return org.jiceng.io.internal.MappingAccess.of(options.mapping().get());
    }

    /** Binds a header to a mapping: a built-in kind's or an integrator's {@code TableMapping}. */
    static TableHeader bindTo(KindMapping mapping, List<String> cells, ImportOptions options, SourceLocation where,
            boolean spreadsheet, boolean requireColumns) {
        int[] fileToColumn = new int[cells.size()];
        String[] columnHeader = new String[mapping.columns().size()];
        List<String> unknown = new ArrayList<>();
        for (int f = 0; f < cells.size(); f++) {
            String cell = cells.get(f) == null ? "" : cells.get(f);
            int c = mapping.match(cell, options.headerAliases());
            fileToColumn[f] = c;
            if (c < 0) {
                if (!cell.isBlank()) {
                    unknown.add(cell);
                }
                continue;
            }
            if (columnHeader[c] != null) {
                String name = mapping.columns().get(c).name();
                throw new ImportException(ImportException.Kind.UNMAPPABLE, where,
                        "columns '" + columnHeader[c] + "' and '" + cell + "' both map to " + mapping.key() + "." + name,
                        "表头「" + columnHeader[c] + "」与「" + cell + "」重复对应字段 " + name, null);
            }
            columnHeader[c] = cell.strip();
        }
        List<String> missing = new ArrayList<>();
        List<String> missingZh = new ArrayList<>();
        for (KindMapping.Column c : mapping.columns()) {
            if (c.required() && columnHeader[c.index()] == null) {
                missing.add(c.name());
                missingZh.add(c.chinese());
            }
        }
        if (requireColumns && !missing.isEmpty()) {
            throw new ImportException(ImportException.Kind.UNMAPPABLE, where,
                    "header of " + mapping.key() + " lacks required column(s) " + missing + "; found " + cells,
                    mapping.label() + "表头缺少必填列 " + missingZh + "；实际表头 " + cells, null);
        }
        return new TableHeader(mapping, fileToColumn, columnHeader, unknown, cells, spreadsheet);
    }

    /**
     * Detects the record kind of a header: among the kinds whose required columns are all present, the
     * one matching the most cells (ties: fewest columns left unmatched, then declaration order).
     *
     * @param cells header cells
     * @param options import options (aliases)
     * @return the kind, or empty when none has all its required columns
     */
    public static Optional<RecordKind> detect(List<String> cells, ImportOptions options) {
        RecordKind best = null;
        int bestMatched = 0;
        int bestUnmatchedColumns = Integer.MAX_VALUE;
        for (RecordKind kind : RecordKind.values()) {
            KindMapping mapping = KindMapping.of(kind);
            boolean[] seen = new boolean[mapping.columns().size()];
            int matched = 0;
            for (String cell : cells) {
                int c = cell == null ? -1 : mapping.match(cell, options.headerAliases());
                if (c >= 0 && !seen[c]) {
                    seen[c] = true;
                    matched++;
                }
            }
            boolean complete = true;
            for (KindMapping.Column c : mapping.columns()) {
                complete &= !c.required() || seen[c.index()];
            }
            int unmatchedColumns = seen.length - matched;
            if (complete && (matched > bestMatched
                    || (matched == bestMatched && unmatchedColumns < bestUnmatchedColumns))) {
                best = kind;
                bestMatched = matched;
                bestUnmatchedColumns = unmatchedColumns;
            }
        }
        return Optional.ofNullable(best);
    }

    /** What a column of the record kind holds, so that a reader of typed cells can judge a numeric cell. */
    public enum ValueType {
        /** Text, including ids, codes and phone numbers: digits must arrive exactly as written. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        DECIMAL,
        /** A calendar date. */
        DATE,
        /** A point in time. */
        INSTANT,
        /** An enumeration label, a list or a map written as text. */
        OTHER,
        /** The header cell matched no column: the value is not imported. */
        UNMAPPED
    }

    /**
     * @param fileColumn a column position in the source (0-based)
     * @return what the column it binds to holds; {@link ValueType#UNMAPPED} beyond the header or for an
     *     ignored column
     */
    public ValueType valueType(int fileColumn) {
        if (fileColumn < 0 || fileColumn >= fileToColumn.length || fileToColumn[fileColumn] < 0) {
            return ValueType.UNMAPPED;
        }
        org.jiceng.io.internal.Codec codec = mapping.columns().get(fileToColumn[fileColumn]).codec();
        if (codec == org.jiceng.io.internal.Codec.TEXT) {
            return ValueType.TEXT;
        } else if (codec == org.jiceng.io.internal.Codec.INTEGER || codec == org.jiceng.io.internal.Codec.LONG) {
            return ValueType.INTEGER;
        } else if (codec == org.jiceng.io.internal.Codec.DECIMAL) {
            return ValueType.DECIMAL;
        } else if (codec == org.jiceng.io.internal.Codec.DATE) {
            return ValueType.DATE;
        } else if (codec == org.jiceng.io.internal.Codec.INSTANT) {
            return ValueType.INSTANT;
        }
        return ValueType.OTHER;
    }

    /**
     * @param kind a record kind
     * @param cells header cells
     * @param options import options (aliases)
     * @return true when the cells hold every required column of the kind
     */
    public static boolean fits(RecordKind kind, List<String> cells, ImportOptions options) {
        return fits(options.mapping().isPresent() ? mappingOf(options) : KindMapping.of(kind), cells, options);
    }

    /** Whether the cells hold every required column of the mapping. */
    static boolean fits(KindMapping mapping, List<String> cells, ImportOptions options) {
        boolean[] seen = new boolean[mapping.columns().size()];
        for (String cell : cells) {
            int c = cell == null ? -1 : mapping.match(cell, options.headerAliases());
            if (c >= 0) {
                seen[c] = true;
            }
        }
        for (KindMapping.Column c : mapping.columns()) {
            if (c.required() && !seen[c.index()]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the record kind
     * @throws IllegalStateException when the header is bound to an integrator's
     *     {@link org.jiceng.io.mapping.TableMapping} ({@link ImportOptions#mapping()}), which is no kind
     */
    public RecordKind kind() {
        if (kind == null) {
            throw new IllegalStateException("the header is bound to " + mapping.recordType().getName()
                    + " through a TableMapping, not to a record kind");
        }
        return kind;
    }

    /** @return the number of header cells */
    public int width() {
        return fileToColumn.length;
    }

    /** @return header cells that matched no column (kept in {@code extras} or ignored on import) */
    public List<String> unknownColumns() {
        return unknown;
    }

    /** @return the unmatched header cells whose values are kept in the records' {@code extras} map */
    public List<String> keptColumns() {
        return List.of(extraNames);
    }

    /** @return the unmatched header cells whose values are not imported */
    public List<String> ignoredColumns() {
        return ignored;
    }

    /**
     * Tells the sink, once per source, which columns no field takes: kept in {@code extras}
     * ({@link ImportWarning#COLUMN_KEPT}) or ignored ({@link ImportWarning#COLUMN_IGNORED}). Readers
     * call it when the header is found; otherwise {@link #emit} does it with the first row.
     *
     * @param sink the sink
     * @param where the header's location
     */
    public void reportColumns(ReadSink sink, SourceLocation where) {
        reportColumns(sink, where, new java.util.HashSet<>());
    }

    /**
     * Like {@link #reportColumns(ReadSink, SourceLocation)}, for sources whose rows bring their own keys
     * (JSON objects): columns already in {@code reported} are skipped, the others added to it.
     *
     * @param sink the sink
     * @param where the location of the first row with the column
     * @param reported the column names already reported for this source
     */
    public void reportColumns(ReadSink sink, SourceLocation where, Set<String> reported) {
        columnsReported = true;
        SourceLocation at = new SourceLocation(where.source(), where.sheet(), where.line(), 0);
        for (String name : extraNames) {
            if (!reported.add(name)) {
                continue;
            }
            sink.warn(new ImportWarning(at, Optional.of(name), Optional.empty(), Optional.empty(),
                    ImportWarning.COLUMN_KEPT, "列「" + name + "」不对应" + mapping.label() + "的字段，其值保存在附加信息（extras）中并随导出写回",
                    "column '" + name + "' is not a field of " + mapping.key()
                            + "; its values are kept in the records' extras and exported again"));
        }
        for (String name : ignored) {
            if (!reported.add(name)) {
                continue;
            }
            sink.warn(new ImportWarning(at, Optional.of(name), Optional.empty(), Optional.empty(),
                    ImportWarning.COLUMN_IGNORED, "列「" + name + "」不对应" + mapping.label() + "的字段，未导入",
                    "column '" + name + "' is not a field of " + mapping.key() + " and was not imported"));
        }
        for (String name : repeated) {
            sink.warn(new ImportWarning(at, Optional.of(name), Optional.empty(), Optional.empty(),
                    ImportWarning.COLUMN_IGNORED, "列名「" + name + "」重复出现，后一列未导入",
                    "column name '" + name + "' appears again; the later column was not imported"));
        }
    }

    /** Reports, once, data found in a column without a header (only the first such cell is looked for). */
    private void checkBlankHeaded(String[] cells, int count, SourceLocation location, ReadSink sink) {
        for (int f : blankHeaded) {
            if (f < count && cells[f] != null && !cells[f].isBlank()) {
                blankReported = true;
                String column = "#" + (f + 1);
                sink.warn(new ImportWarning(new SourceLocation(location.source(), location.sheet(), location.line(), 0),
                        Optional.of(column), Optional.empty(), Optional.empty(), ImportWarning.COLUMN_IGNORED,
                        "第 " + (f + 1) + " 列有数据但没有表头，未导入（首次出现于" + location.describeZh() + "）",
                        "column " + (f + 1) + " holds data but has no header and was not imported (first at "
                                + location.describe() + ")"));
                return;
            }
        }
    }

    /**
     * Converts one row and hands it to the sink.
     *
     * @param cells the row's cell texts; {@code null} entries are empty cells
     * @param count how many entries of {@code cells} are used
     * @param location where the row is
     * @param sink receives the record or the rejection
     * @return what the sink returned (false: stop reading)
     */
    public boolean emit(String[] cells, int count, SourceLocation location, ReadSink sink) {
        return emit(cells, count, new Row(Objects.requireNonNull(location, "location"), null, 0, 0), sink);
    }

    /**
     * Like {@link #emit(String[], int, SourceLocation, ReadSink)}, for sources read by line (CSV and the
     * like): the row's {@link SourceLocation#line(String, long, long) location} is built only when a warning,
     * an error or the sink asks for it, not for every row.
     *
     * @param cells the row's cell texts; {@code null} entries are empty cells
     * @param count how many entries of {@code cells} are used
     * @param source the source name
     * @param line the 1-based line where the row starts
     * @param rowNumber the 1-based data row number
     * @param sink receives the record or the rejection
     * @return what the sink returned (false: stop reading)
     * @throws IllegalArgumentException when {@code line} or {@code rowNumber} is negative
     */
    public boolean emit(String[] cells, int count, String source, long line, long rowNumber, ReadSink sink) {
        Objects.requireNonNull(source, "source");
        if (line < 0 || rowNumber < 0) {
            throw new IllegalArgumentException("line and row must be >= 0, were " + line + ", " + rowNumber);
        }
        return emit(cells, count, new Row(null, source, line, rowNumber), sink);
    }

    private boolean emit(String[] cells, int count, Row row, ReadSink sink) {
        String[] values = new String[mapping.columns().size()];
        int n = Math.min(count, fileToColumn.length);
        row.values = values;
        if (!columnsReported) {
            // Readers that do not report the columns themselves get it done with their first row.
            reportColumns(sink, row.location());
        }
        if (!blankReported && blankHeaded.length > 0) {
            checkBlankHeaded(cells, n, row.location(), sink);
        }
        for (int f = fileToColumn.length; f < count; f++) {
            if (cells[f] != null && !cells[f].isEmpty()) {
                copyCells(cells, n, values);
                return sink.reject(row, List.of(new RowError(row.location(), Optional.empty(), Optional.of(cells[f]),
                        "columns", "该行有 " + count + " 列，多于表头的 " + fileToColumn.length + " 列",
                        "row has " + count + " cells, more than the " + fileToColumn.length + " header columns")));
            }
        }
        List<KindMapping.Problem> problems = this.problems;
        problems.clear();
        List<CellRules.Change> changes = this.changes;
        changes.clear();
        // Most rows hold only values their rules keep: one pass builds them. Others take the general way.
        Object built = plain == null ? KindMapping.NOT_PLAIN : mapping.buildPlain(plain, cells, count, values, problems);
        Record record;
        if (built == KindMapping.NOT_PLAIN) {
            copyCells(cells, n, values);
            record = mapping.build(values, problems, changes, extras(cells, count));
        } else {
            record = (Record) built;
        }
        if (!changes.isEmpty()) {
            row.warnings = warnings(row.location(), changes);
        }
        if (record != null) {
            return sink.accept(record, row);
        }
        SourceLocation location = row.location();
        List<RowError> errors = new ArrayList<>(problems.size());
        for (KindMapping.Problem p : problems) {
            String column = p.column() < 0 ? null : headerOf(p.column());
            String raw = p.column() < 0 ? null : values[p.column()];
            errors.add(org.jiceng.io.internal.EchoedValues.error(location, column, raw, p.constraint(), p.messageZh(),
                    p.messageEn(), p.column() < 0 ? null : mapping.columns().get(p.column()).masker()));
        }
        return sink.reject(row, errors);
    }

    /** Puts each mapped cell of the row (formula escapes undone) at its column. */
    private void copyCells(String[] cells, int n, String[] values) {
        for (int f = 0; f < n; f++) {
            int c = fileToColumn[f];
            if (c >= 0) {
                String cell = cells[f];
                values[c] = spreadsheet && cell != null && !cell.isEmpty() && cell.charAt(0) == '\''
                        ? SpreadsheetText.unescape(cell) : cell;
            }
        }
    }

    private Map<String, String> extras(String[] cells, int count) {
        if (extraFiles.length == 0) {
            return Map.of();
        }
        Map<String, String> extras = new LinkedHashMap<>();
        for (int i = 0; i < extraFiles.length; i++) {
            int f = extraFiles[i];
            String cell = f < count ? cells[f] : null;
            if (cell != null && !cell.isEmpty()) {
                extras.put(extraNames[i], spreadsheet && cell.charAt(0) == '\'' ? SpreadsheetText.unescape(cell) : cell);
            }
        }
        return extras;
    }

    private List<ImportWarning> warnings(SourceLocation location, List<CellRules.Change> changes) {
        List<ImportWarning> list = new ArrayList<>(changes.size());
        for (CellRules.Change c : changes) {
            // Personal numbers are shown masked, as on export; the change stays visible (110105…002x -> …002X).
            java.util.function.UnaryOperator<String> mask = mapping.columns().get(c.column()).masker();
            String before = mask == null ? c.original() : mask.apply(c.original());
            String after = mask == null ? c.normalised() : mask.apply(c.normalised());
            list.add(ImportWarning.normalised(location, headerOf(c.column()), before, after, c.rule(),
                    c.messageZh(), c.messageEn()));
        }
        return List.copyOf(list);
    }

    private String headerOf(int column) {
        String h = columnHeader[column];
        return h != null ? h : mapping.columns().get(column).name();
    }

    /**
     * A row's view for the importer: field to column header and raw value. Its location is either given or
     * built from source, line and row number on first use.
     */
    private final class Row implements SourceRow {
        private @Nullable SourceLocation location;
        private final @Nullable String source;
        private final long line;
        private final long number;
        private String @Nullable [] values;
        private List<ImportWarning> warnings = List.of();

        Row(@Nullable SourceLocation location, @Nullable String source, long line, long number) {
            this.location = location;
            this.source = source;
            this.line = line;
            this.number = number;
        }

        @Override
        public SourceLocation location() {
            if (location == null) {
                location = SourceLocation.line(Objects.requireNonNull(source, "a row has a location or a source"),
                        line, number);
            }
            return location;
        }

        @Override
        public Optional<String> columnOf(String field) {
            int c = mapping.columnOfComponent(field);
            return c < 0 ? Optional.empty() : Optional.of(headerOf(c));
        }

        @Override
        public Optional<String> rawValueOf(String field) {
            int c = mapping.columnOfComponent(field);
            return c < 0 ? Optional.empty() : Optional.ofNullable(Objects.requireNonNull(values, "values")[c]);
        }

        @Override
        public List<ImportWarning> warnings() {
            return warnings;
        }
    }
}

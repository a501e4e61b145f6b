package org.jiceng.io.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.privacy.Masking;
import org.jiceng.io.HeaderLanguage;
import org.jiceng.core.model.RecordKind;
import org.jspecify.annotations.Nullable;

/**
 * The mapping between one record kind and its columns, shared by every tabular format. Columns follow
 * the record components in order; a {@link DateRange} component becomes two columns
 * ({@code periodFrom}, {@code periodTo}). Built once per kind by reflection; converting a row costs one
 * array, one parse per cell and one constructor call. Rows whose cells are already their values (the
 * common row of a roster) are built in one pass by a per-source plan ({@link #buildPlain}).
 */
public final class KindMapping {

    /**
     * One column.
     *
     * @param index position among the kind's columns
     * @param name English column name
     * @param chinese Chinese header
     * @param component the record component it fills
     * @param componentIndex that component's position
     * @param codec value conversion
     * @param required whether an empty cell rejects the row
     * @param part 0 for a whole component, 1 for a date range's start, 2 for its end
     * @param optional whether the component is an {@code Optional}
     * @param masker personal-data masking applied on export, or {@code null}
     * @param rule how the cell text is normalised before conversion
     */
    public record Column(int index, String name, String chinese, String component, int componentIndex, Codec codec,
            boolean required, int part, boolean optional, java.util.function.@Nullable UnaryOperator<String> masker,
            CellRules.Rule rule) {

        /**
         * @param language header language
         * @return the header in that language
         */
        public String header(HeaderLanguage language) {
            return language == HeaderLanguage.CHINESE ? chinese : name;
        }
    }

    /** A cell problem found while building a record. */
    public record Problem(int column, String constraint, String messageZh, String messageEn) {
    }

    /** The record component that keeps a source's unmapped columns, for kinds that have it. */
    public static final String EXTRAS = "extras";

    private static final Map<RecordKind, KindMapping> MAPPINGS = new EnumMap<>(RecordKind.class);

    static {
        for (RecordKind kind : RecordKind.values()) {
            MAPPINGS.put(kind, new KindMapping(kind));
        }
    }

    /** The built-in kind, or {@code null} for a {@linkplain #custom custom} mapping of an integrator's record. */
    private final @Nullable RecordKind kind;
    private final Class<? extends Record> recordType;
    private final String key;
    private final String label;
    private final List<Column> columns;
    private final Column[] columnArray;
    /** Makes rows from component values and reads them back: a record's constructor, or a bean's setters. */
    private final Instantiator instantiator;
    private final int componentCount;
    private final Map<String, Integer> firstColumnOfComponent = new HashMap<>();
    private final Map<String, Integer> headerKeys = new HashMap<>();
    private final int extrasColumn;

    private KindMapping(RecordKind kind) {
        this.kind = kind;
        this.recordType = kind.recordType();
        this.key = kind.key();
        this.label = kind.label();
        RecordComponent[] components = kind.recordType().getRecordComponents();
        componentCount = components.length;
        List<Column> cols = new ArrayList<>();
        for (int ci = 0; ci < components.length; ci++) {
            RecordComponent rc = components[ci];
            String field = rc.getName();
            firstColumnOfComponent.put(field, cols.size());
            if (rc.getType() == DateRange.class) {
                cols.add(column(cols.size(), field + "From", field, ci, Codec.DATE, true, 1, false));
                cols.add(column(cols.size(), field + "To", field, ci, Codec.DATE, false, 2, false));
                continue;
            }
            Type generic = rc.getGenericType();
            boolean optional = generic instanceof ParameterizedType p && p.getRawType() == Optional.class;
            Codec codec = field.equals(EXTRAS) && rc.getType() == Map.class ? Codec.ORDERED_MAP : Codec.forType(generic);
            boolean required = !optional && codec.emptyValue() == null;
            cols.add(column(cols.size(), field, field, ci, codec, required, 0, optional));
        }
        columns = List.copyOf(cols);
        columnArray = columns.toArray(new Column[0]);
        Integer extras = firstColumnOfComponent.get(EXTRAS);
        extrasColumn = extras != null && columns.get(extras).codec() == Codec.ORDERED_MAP ? extras : -1;
        try {
            instantiator = RecordInstantiator.model(kind.recordType());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Record " + kind.recordType().getName() + " has no canonical constructor", e);
        }
        for (Column c : columns) {
            headerKeys.putIfAbsent(normalise(c.name()), c.index());
            headerKeys.putIfAbsent(normalise(c.chinese()), c.index());
        }
        for (Column c : columns) {
            for (String alias : HeaderCatalog.aliases(kind, c.name())) {
                headerKeys.putIfAbsent(normalise(alias), c.index());
            }
        }
    }

    private Column column(int index, String name, String component, int ci, Codec codec, boolean required, int part,
            boolean optional) {
        java.util.function.@Nullable UnaryOperator<String> masker = null;
        if (kind == RecordKind.PERSONS && name.equals("idNumber")) {
            masker = Masking::idNumber;
        } else if (kind == RecordKind.PERSONS && name.equals("phone")) {
            masker = Masking::phone;
        }
        String chinese = HeaderCatalog.chinese(Objects.requireNonNull(kind, "a kind's column"), name);
        return new Column(index, name, chinese, component, ci, codec, required, part,
                optional, masker, part == 0 ? CellRules.of(name, codec) : CellRules.Rule.FREE);
    }

    /**
     * How one column of a {@linkplain #custom custom} mapping is defined.
     *
     * @param component the record component it fills
     * @param chinese the Chinese header (also the header of a Chinese export)
     * @param aliases further headers accepted on import
     * @param required whether an empty cell rejects the row
     * @param masker personal-data masking on export and in error echoes, or {@code null}
     * @param rule how the cell text is normalised, or {@code null} to choose by name and type as for built-in kinds
     */
    public record ColumnSpec(String component, String chinese, List<String> aliases, boolean required,
            java.util.function.@Nullable UnaryOperator<String> masker, CellRules.@Nullable Rule rule) {
    }

    /**
     * A mapping of an integrator's record type: one column per component, in the order of {@code specs}.
     *
     * @param type the record type
     * @param key the English name of the table (file stem, JSON section, English sheet name)
     * @param label the Chinese name of the table (sheet name and file stem of Chinese exports)
     * @param specs one per record component, in column order
     * @return the mapping
     * @throws IllegalArgumentException when a component has no codec, is missing from or repeated in
     *     {@code specs}, or the record has no canonical constructor; the message names the component
     */
    public static KindMapping custom(Class<? extends Record> type, String key, String label, List<ColumnSpec> specs) {
        return new KindMapping(RecordInstantiator.custom(type), key, label, specs);
    }

    /**
     * A mapping of an integrator's record or JavaBean-style class: one column per member, in the order of
     * {@code specs}.
     *
     * @param rows how rows of the type are made and read
     * @param key the English name of the table (file stem, JSON section, English sheet name)
     * @param label the Chinese name of the table (sheet name and file stem of Chinese exports)
     * @param specs one per member, in column order
     * @return the mapping
     * @throws IllegalArgumentException when a member has no codec or is missing from or repeated in
     *     {@code specs}; the message names the member
     */
    public static KindMapping custom(Instantiator rows, String key, String label, List<ColumnSpec> specs) {
        return new KindMapping(rows, key, label, specs);
    }

    private KindMapping(Instantiator rows, String key, String label, List<ColumnSpec> specs) {
        this.kind = null;
        this.instantiator = rows;
        this.recordType = rows.rowClass();
        this.key = key;
        this.label = label;
        Class<?> type = rows.type();
        List<Instantiator.Member> components = rows.members();
        componentCount = components.size();
        Map<String, Integer> componentIndex = new HashMap<>();
        for (int ci = 0; ci < components.size(); ci++) {
            componentIndex.put(components.get(ci).name(), ci);
        }
        if (specs.size() != components.size()) {
            throw new IllegalArgumentException("every component of " + type.getName() + " needs one column, got "
                    + specs.size() + " for " + components.size() + " components");
        }
        List<Column> cols = new ArrayList<>();
        for (ColumnSpec spec : specs) {
            Integer ci = componentIndex.get(spec.component());
            if (ci == null || firstColumnOfComponent.containsKey(spec.component())) {
                throw new IllegalArgumentException("component '" + spec.component() + "' of " + type.getName()
                        + (ci == null ? " does not exist" : " has two columns"));
            }
            Instantiator.Member rc = components.get(ci);
            Type generic = rc.genericType();
            boolean optional = generic instanceof ParameterizedType p && p.getRawType() == Optional.class;
            Codec codec = spec.component().equals(EXTRAS) && rc.rawType() == Map.class ? Codec.ORDERED_MAP
                    : Codec.forType(generic);
            CellRules.Rule rule = spec.rule() != null ? spec.rule() : CellRules.of(spec.component(), codec);
            firstColumnOfComponent.put(spec.component(), cols.size());
            cols.add(new Column(cols.size(), spec.component(), spec.chinese(), spec.component(), ci, codec,
                    spec.required() && !optional && codec.emptyValue() == null, 0, optional, spec.masker(), rule));
        }
        columns = List.copyOf(cols);
        columnArray = columns.toArray(new Column[0]);
        Integer extras = firstColumnOfComponent.get(EXTRAS);
        extrasColumn = extras != null && columns.get(extras).codec() == Codec.ORDERED_MAP ? extras : -1;
        for (Column c : columns) {
            headerKeys.putIfAbsent(normalise(c.name()), c.index());
            headerKeys.putIfAbsent(normalise(c.chinese()), c.index());
        }
        for (ColumnSpec spec : specs) {
            int index = Objects.requireNonNull(firstColumnOfComponent.get(spec.component()));
            for (String alias : spec.aliases()) {
                headerKeys.putIfAbsent(normalise(alias), index);
            }
        }
    }

    /** @return the record class rows travel the format SPI as: the mapped record type, or {@link BeanRow} */
    public Class<? extends Record> recordType() {
        return recordType;
    }

    /** @return the mapped type: a record kind's or an integrator's record type, or a JavaBean-style class */
    public Class<?> type() {
        return instantiator.type();
    }

    /**
     * @param row a row as it travels the format SPI
     * @return whether it is of the mapped type
     */
    public boolean accepts(Record row) {
        return instantiator.type().isInstance(Instantiator.unwrap(row));
    }

    /**
     * @param value an object of the mapped type
     * @return it as it travels the format SPI (a bean in a {@link BeanRow})
     * @throws ClassCastException when it is not of the mapped type
     */
    public Record row(Object value) {
        return instantiator.wrap(value);
    }

    /** @return the English table name: the kind's key, or a custom mapping's key */
    public String key() {
        return key;
    }

    /** @return the Chinese table name: the kind's label, or a custom mapping's label */
    public String label() {
        return label;
    }

    /** @return true for the mapping of an integrator's record type, false for a built-in kind */
    public boolean isCustom() {
        return kind == null;
    }

    /**
     * @return the index of the {@code extras} column, which keeps the source's unmapped columns, or -1 when
     *     the kind has none
     */
    public int extrasColumn() {
        return extrasColumn;
    }

    /**
     * @param kind a record kind
     * @return its mapping
     */
    public static KindMapping of(RecordKind kind) {
        return Objects.requireNonNull(MAPPINGS.get(kind), "every kind has a mapping");
    }

    /** @return the record kind; {@code null} for a {@linkplain #isCustom() custom} mapping */
    public @Nullable RecordKind kind() {
        return kind;
    }

    /** @return the columns in order */
    public List<Column> columns() {
        return columns;
    }

    /**
     * @param component a record component name
     * @return the index of its (first) column, or -1
     */
    public int columnOfComponent(String component) {
        Integer i = firstColumnOfComponent.get(component);
        return i == null ? -1 : i;
    }

    /**
     * Matches a header cell (English name, Chinese header or alias; case, spaces, {@code _}, {@code -} and
     * required-markers {@code *} ignored).
     *
     * @param header the header cell
     * @param userAliases alias to English column name, consulted first
     * @return the column index, or -1
     */
    public int match(String header, Map<String, String> userAliases) {
        String key = normalise(header);
        if (key.isEmpty()) {
            return -1;
        }
        for (Map.Entry<String, String> e : userAliases.entrySet()) {
            if (normalise(e.getKey()).equals(key)) {
                Integer target = headerKeys.get(normalise(e.getValue()));
                if (target != null) {
                    return target;
                }
            }
        }
        Integer i = headerKeys.get(key);
        return i == null ? -1 : i;
    }

    /**
     * Normalises a header for matching.
     *
     * @param header a header cell
     * @return lower case without spaces, {@code _}, {@code -}, {@code *} and a BOM
     */
    public static String normalise(String header) {
        StringBuilder s = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '_' || c == '-' || c == '*' || c == '\uFEFF' || c == '\u3000' || Character.isWhitespace(c)) {
                continue;
            }
            s.append(c);
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /** What {@link #buildPlain} returns for a row it leaves to {@link #build}. */
    public static final Object NOT_PLAIN = new Object();

    /** Kinds of cell {@link #buildPlain} takes as they are (by column). */
    private static final byte SLOW = 0;
    private static final byte FREE_TEXT = 1;
    private static final byte CODE = 2;
    private static final byte ID_NUMBER = 3;
    private static final byte NAME = 4;

    /**
     * How {@link #buildPlain} reads the rows of one source: per column of the mapping, where its cell is in
     * a row, what a plain cell of it is, and the value of an empty cell. Made once per header by
     * {@link #plainPlan}; immutable.
     */
    public static final class PlainPlan {
        private final int[] file;
        private final byte[] step;
        private final Object[] empty;
        private final int[] component;
        private final boolean[] optional;
        private final boolean spreadsheet;

        private PlainPlan(int[] file, byte[] step, Object[] empty, int[] component, boolean[] optional,
                boolean spreadsheet) {
            this.file = file;
            this.step = step;
            this.empty = empty;
            this.component = component;
            this.optional = optional;
            this.spreadsheet = spreadsheet;
        }
    }

    /**
     * The plan for the plain rows of one source, or {@code null} when no row of it can be plain: a column the
     * source has is converted by more than its rule (a date, number, enumeration, list or map, a date range's
     * half), or a column it lacks has no value when empty (a required one), or the source has columns kept in
     * {@code extras}.
     *
     * @param columnToFile per column of the mapping, the position of its cell in a row, or -1
     * @param spreadsheet whether cells are formula-escaped (a cell starting with {@code '} is not plain)
     * @param keepsExtraCells whether the source has unmapped columns kept in {@code extras}
     * @return the plan, or {@code null}
     */
    public @Nullable PlainPlan plainPlan(int[] columnToFile, boolean spreadsheet, boolean keepsExtraCells) {
        int width = columnArray.length;
        byte[] step = new byte[width];
        Object[] empty = new Object[width];
        int[] component = new int[width];
        boolean[] optional = new boolean[width];
        for (Column c : columnArray) {
            int i = c.index;
            component[i] = c.componentIndex;
            optional[i] = c.optional;
            boolean whole = c.part == 0 && i != extrasColumn;
            if (whole && c.codec == Codec.TEXT) {
                step[i] = switch (c.rule) {
                    case FREE -> FREE_TEXT;
                    case CODE -> CODE;
                    case ID_NUMBER -> ID_NUMBER;
                    case NAME -> NAME;
                    case CODE_LIST -> SLOW;
                };
            }
            if (i == extrasColumn) {
                empty[i] = keepsExtraCells ? NOT_PLAIN : Map.of(); // what extras(…) makes of nothing
            } else if (!whole || c.required) {
                empty[i] = NOT_PLAIN;
            } else {
                // As build: an absent optional value, the empty text, or the codec's empty value.
                empty[i] = c.optional ? Optional.empty() : c.codec == Codec.TEXT ? "" : c.codec.emptyValue();
            }
            // A column the source has that no plain cell fills could leave only rows with that cell empty plain:
            // not worth a try on every row. A column it lacks must have a value when empty.
            if (columnToFile[i] >= 0 ? step[i] == SLOW : empty[i] == NOT_PLAIN) {
                return null;
            }
        }
        return new PlainPlan(columnToFile.clone(), step, empty, component, optional, spreadsheet);
    }

    /**
     * Builds the record of a plain row in one pass over its cells: a row whose every non-empty cell its column's
     * rule keeps as it is (printable ASCII codes and ID numbers, names without surrounding space or control
     * characters, free text not starting with white space) and whose text is its value. Such a row gives
     * {@link #build} no change and no problem but what the record's constructor refuses; any other row is
     * left to {@link #build} ({@link #NOT_PLAIN}), having added nothing to {@code problems}.
     *
     * @param plan the source's plan
     * @param cells the row's cells ({@code null} entries are empty)
     * @param count how many entries of {@code cells} are used
     * @param values receives each column's cell text, as {@link #build} would be given it
     * @param problems receives the constructor's refusal, if any; must be empty on entry
     * @return the record; {@code null} when the constructor refused it; or {@link #NOT_PLAIN}
     */
    public @Nullable Object buildPlain(PlainPlan plan, String[] cells, int count, String[] values,
            List<Problem> problems) {
        int[] file = plan.file;
        byte[] step = plan.step;
        Object[] args = new Object[componentCount];
        for (int i = 0; i < file.length; i++) {
            int f = file[i];
            String text = f >= 0 && f < count ? cells[f] : null;
            values[i] = text;
            Object value;
            if (text == null || text.isEmpty()) {
                value = plan.empty[i];
                if (value == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
            } else {
                boolean plain = switch (step[i]) {
                    case CODE -> CellRules.keptCode(text);
                    case ID_NUMBER -> CellRules.keptIdNumber(text);
                    case NAME -> CellRules.keptName(text);
                    // Not blank: its first character is no white space.
                    case FREE_TEXT -> !CellRules.mayBeWhiteSpace(text.charAt(0));
                    default -> false;
                };
                if (!plain || plan.spreadsheet && text.charAt(0) == '\'') {
                    return NOT_PLAIN;
                }
                value = plan.optional[i] ? Optional.of(text) : text;
            }
            args[plan.component[i]] = value;
        }
        return construct(args, problems);
    }

    /**
     * Builds a record from cell texts.
     *
     * @param values cell text per column index ({@code null} or blank when absent)
     * @param problems receives the problems; must be empty on entry
     * @return the record, or {@code null} when {@code problems} is not empty
     */
    public @Nullable Record build(String[] values, List<Problem> problems) {
        return build(values, problems, new ArrayList<>(0), Map.of());
    }

    /**
     * Builds a record from cell texts, normalising identifiers, codes, names and dates by {@link CellRules}
     * and {@link RosterDates}.
     *
     * @param values cell text per column index ({@code null} or blank when absent)
     * @param problems receives the problems; must be empty on entry
     * @param changes receives every value changed on the way (each becomes a warning)
     * @param extraCells unmapped columns of the source (header to cell text, in order), kept in the
     *     {@link #extrasColumn() extras} column; must be empty when the kind has none
     * @return the record, or {@code null} when {@code problems} is not empty
     */
    public @Nullable Record build(String[] values, List<Problem> problems, List<CellRules.Change> changes,
            Map<String, String> extraCells) {
        Object[] args = new Object[componentCount];
        LocalDate rangeFrom = null;
        LocalDate rangeTo = null;
        int rangeComponent = -1;
        Column[] cols = columnArray;
        for (int i = 0; i < cols.length; i++) {
            Column c = cols[i];
            String text = values[i];
            Object value;
            // After a trimming rule the text is blank exactly when it is empty: no second scan.
            boolean trimmed = false;
            if (text != null && !text.isEmpty() && c.rule != CellRules.Rule.FREE) {
                text = CellRules.apply(c.rule, i, text, changes, problems);
                if (text == null) {
                    continue;
                }
                trimmed = c.rule != CellRules.Rule.CODE_LIST;
            }
            if (i == extrasColumn) {
                value = extras(text, extraCells, problems, i);
                if (value == null) {
                    continue;
                }
            } else if (text == null || (trimmed ? text.isEmpty() : text.isBlank())) {
                if (c.required) {
                    problems.add(new Problem(i, "required", "必填项「" + c.chinese + "」为空",
                            "required column '" + c.name + "' is empty"));
                    continue;
                }
                // An optional component is absent. A text component a mapping marks not required is the empty
                // string, since records refuse null; the SDK's own text components are required.
                value = c.optional ? null : c.codec == Codec.TEXT ? "" : c.codec.emptyValue();
            } else {
                try {
                    if (c.codec == Codec.DATE) {
                        RosterDates.Parsed date = RosterDates.parse(text);
                        if (date.rewritten()) {
                            changes.add(new CellRules.Change(i, text, date.date().toString(),
                                    org.jiceng.io.report.ImportWarning.DATE, "日期已按 yyyy-MM-dd 读取",
                                    "date read as yyyy-MM-dd"));
                        }
                        value = date.date();
                    } else {
                        value = c.codec.parse(text);
                    }
                } catch (BadValue bad) {
                    problems.add(new Problem(i, bad.constraint(), bad.messageZh(), bad.messageEn()));
                    continue;
                }
            }
            if (c.part == 1) {
                rangeFrom = (LocalDate) value;
                rangeComponent = c.componentIndex;
            } else if (c.part == 2) {
                rangeTo = (LocalDate) value;
            } else {
                args[c.componentIndex] = c.optional ? Optional.ofNullable(value) : value;
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        if (rangeComponent >= 0) {
            try {
                args[rangeComponent] = new DateRange(Objects.requireNonNull(rangeFrom, "a required start"),
                        Optional.ofNullable(rangeTo));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(endColumnOf(rangeComponent), "invariant", "结束日期必须晚于开始日期",
                        String.valueOf(e.getMessage())));
                return null;
            }
        }
        return construct(args, problems);
    }

    /** Calls the constructor; a value the record refuses becomes a problem (and {@code null}). */
    private @Nullable Record construct(Object[] args, List<Problem> problems) {
        try {
            return instantiator.create(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            // An integrator's record may check its values with any unchecked exception: each rejects the row.
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    || (kind == null && cause instanceof RuntimeException)) {
                String message = String.valueOf(cause.getMessage());
                problems.add(new Problem(columnNamedIn(message), "invariant", "记录不满足约束：" + message,
                        "record violates an invariant: " + message));
                return null;
            }
            throw new IllegalStateException("Constructor of " + instantiator.type().getSimpleName() + " failed", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + instantiator.type().getSimpleName(), e);
        }
    }

    /** The extras column: its own text (k=v;…) followed by the source's unmapped columns. */
    @SuppressWarnings("unchecked")
    private @Nullable Map<String, String> extras(String text, Map<String, String> extraCells, List<Problem> problems, int column) {
        if ((text == null || text.isEmpty()) && extraCells.isEmpty()) {
            return Map.of();
        }
        Map<String, String> merged = new java.util.LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            try {
                merged.putAll((Map<String, String>) Codec.ORDERED_MAP.parse(text));
            } catch (BadValue bad) {
                problems.add(new Problem(column, bad.constraint(), bad.messageZh(), bad.messageEn()));
                return null;
            }
        }
        for (Map.Entry<String, String> e : extraCells.entrySet()) {
            if (merged.putIfAbsent(e.getKey(), e.getValue()) != null) {
                problems.add(new Problem(column, "columns", "列「" + e.getKey() + "」与附加信息中的同名项重复",
                        "column '" + e.getKey() + "' repeats an entry of the extras column"));
                return null;
            }
        }
        return java.util.Collections.unmodifiableMap(merged);
    }

    private int endColumnOf(int componentIndex) {
        for (Column c : columns) {
            if (c.componentIndex == componentIndex && c.part == 2) {
                return c.index;
            }
        }
        return 0;
    }

    /** Finds the column whose component name starts a model error message ("id must not be blank"). */
    private int columnNamedIn(String message) {
        int best = -1;
        int bestLength = 0;
        for (Map.Entry<String, Integer> e : firstColumnOfComponent.entrySet()) {
            String field = e.getKey();
            if ((message.startsWith(field + " ") || message.contains(" " + field + " ")) && field.length() > bestLength) {
                best = e.getValue();
                bestLength = field.length();
            }
        }
        return best;
    }

    /**
     * Formats a record as cell texts (absent values as empty strings).
     *
     * @param record a record of this kind
     * @param language enum labels or names
     * @param mask whether to mask personal data
     * @return one text per column
     */
    public String[] format(Record record, HeaderLanguage language, boolean mask) {
        return format(record, language, mask, null);
    }

    /**
     * Formats a record as cell texts (absent values as empty strings), taking the texts of values seen before
     * from {@code seen}: the same texts as {@link #format(Record, HeaderLanguage, boolean)}.
     *
     * @param record a record of this kind
     * @param language enum labels or names (the same on every call with the same {@code seen})
     * @param mask whether to mask personal data
     * @param seen the texts one writer has made of repeated values, or {@code null}
     * @return one text per column
     */
    public String[] format(Record record, HeaderLanguage language, boolean mask, @Nullable FormattedValues seen) {
        Object[] componentValues;
        try {
            componentValues = instantiator.read(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + instantiator.type().getSimpleName(), e);
        }
        String[] cells = new String[columnArray.length];
        for (int i = 0; i < cells.length; i++) {
            Column c = columnArray[i];
            Object value = componentValues[c.componentIndex];
            if (c.part == 1) {
                value = ((DateRange) value).from();
            } else if (c.part == 2) {
                value = ((DateRange) value).to().orElse(null);
            } else if (value instanceof Optional<?> o) {
                value = o.orElse(null);
            }
            // Most values are strings: one exact class test instead of two interface tests for them.
            if (value == null || (!(value instanceof String) && ((value instanceof Collection<?> coll && coll.isEmpty())
                    || (value instanceof Map<?, ?> m && m.isEmpty())))) {
                cells[i] = "";
                continue;
            }
            String text = seen != null && seen.remembers(i) ? seen.text(i, c.codec, value, language)
                    : c.codec.format(value, language);
            if (mask && c.masker != null) {
                text = c.masker.apply(text);
            }
            cells[i] = text;
        }
        return cells;
    }
}

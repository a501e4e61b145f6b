package org.jiceng.io.mapping;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jiceng.core.privacy.Masking;
import org.jiceng.core.validation.ChineseIdNumber;
import org.jiceng.core.validation.CreditCode;
import org.jiceng.core.validation.DivisionCode;
import org.jiceng.core.validation.PhoneNumber;
import org.jiceng.io.internal.CellRules;
import org.jiceng.io.internal.Codec;
import org.jiceng.io.internal.Instantiator;
import org.jiceng.io.internal.KindMapping;
import org.jiceng.io.internal.MappingAccess;
import org.jspecify.annotations.Nullable;

/**
 * The table form of an integrator's own type, a record or a JavaBean-style class (POJO): which column holds
 * which component or field, under which headers, which are required and which hold personal data. Made from
 * {@link Column} and {@link Table} annotations with {@link #of(Class)}, or for a type that cannot be annotated
 * with {@link #builder(Class)}.
 * Imports and exports through a mapping use the machinery of the built-in record kinds: header search
 * under title rows, aliases, value normalisation with warnings, Bean Validation of every row (the
 * constraints on the record's components or the class's fields and getters, the SDK's Chinese code
 * constraints included), masking and the
 * row-level report; see {@link org.jiceng.io.Importer#read(java.nio.file.Path, TableMapping,
 * org.jiceng.io.ImportOptions)} and {@link org.jiceng.io.Exporter#write(TableMapping, Iterable,
 * java.nio.file.Path, org.jiceng.io.ExportOptions)}.
 *
 * <p>A class that is not a record is mapped as EasyExcel maps one: it needs a public no-argument constructor;
 * each instance field (superclass fields first, then in declaration order; {@code static} and
 * {@code transient} fields are left out) is a column, filled through its public setter {@code setX} or else
 * the field, and read through its public getter {@code getX}/{@code isX} or else the field. A final field
 * without a setter, a class without a public no-argument constructor, an abstract or inner class is a
 * {@link MappingException} naming the class and the field.
 *
 * <p>Component and field types: {@code String}, {@code int}/{@code Integer}, {@code long}/{@code Long},
 * {@code BigDecimal}, {@code boolean}/{@code Boolean} (是/否, true/false), {@code LocalDate} (ISO and the
 * roster forms {@code 2024/5/1}, {@code 2024.5.1}, {@code 2024年5月1日}, spreadsheet serials, each read
 * with a warning), {@code Instant}, enums (by constant name, or by a {@code label()} method's value),
 * {@code List<String>} and {@code Set<String>} ({@code a;b;c}), and {@code Optional} of any of these for
 * an optional column. Any other type is a {@link MappingException} when the mapping is made.
 *
 * <p>Values are normalised as for the built-in kinds: a component constrained by
 * {@code @ChineseIdNumber} is trimmed, made half-width and its check character upper-cased; one with
 * {@code @PhoneNumber}, {@code @CreditCode} or {@code @DivisionCode}, or named {@code id} or
 * {@code ...Id}, is trimmed and made half-width; a name is trimmed; other text is kept exactly. Every
 * change is a warning in the report.
 *
 * <p>Immutable and thread-safe; make it once and reuse it.
 *
 * @param <T> the mapped type: a record or a class with a public no-argument constructor
 */
public final class TableMapping<T> {

    static {
        MappingAccess.install(m -> m.kindMapping);
    }

    private final Class<T> type;
    private final String key;
    private final String label;
    private final List<MappedColumn> columns;
    private final KindMapping kindMapping;

    private TableMapping(Class<T> type, Instantiator rows, String key, String label, List<MappedColumn> columns,
            Map<String, CellRules.Rule> rules) {
        this.type = type;
        this.key = key;
        this.label = label;
        this.columns = List.copyOf(columns);
        checkHeaders(type, this.columns);
        List<KindMapping.ColumnSpec> specs = new ArrayList<>();
        for (MappedColumn c : this.columns) {
            specs.add(new KindMapping.ColumnSpec(c.component(), c.header(), c.aliases(), c.required(),
                    masker(c.personal()), c.personal() == PersonalData.NAME ? CellRules.Rule.NAME
                            : rules.get(c.component())));
        }
        try {
            this.kindMapping = KindMapping.custom(rows, key, label, specs);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("No cell codec for field type ")) {
                String typeName = message.substring("No cell codec for field type ".length());
                throw new MappingException("component type " + typeName + " of " + type.getName() + " cannot be a "
                        + "table column; supported: String, int, long, BigDecimal, boolean, LocalDate, Instant, enums, "
                        + "List<String>, Set<String> and Optional of these",
                        type.getName() + " 的字段类型 " + typeName + " 不能作为表格列；支持 String、int、long、BigDecimal、"
                                + "boolean、LocalDate、Instant、枚举、List<String>、Set<String> 及其 Optional");
            }
            throw new MappingException("cannot map " + type.getName() + ": " + message,
                    "无法映射 " + type.getName() + "：" + message);
        }
    }

    /**
     * Makes the mapping of an annotated record or class: one column per record component or instance field,
     * headed by its {@link Column} (or its name when it has none), in {@link Column#order()} then declaration
     * order; the table named by {@link Table} (or the simple class name).
     *
     * @param type the record type, or a class with a public no-argument constructor
     * @param <T> the mapped type
     * @return the mapping
     * @throws MappingException when the class cannot be instantiated or filled (see the class comment), a
     *     component's or field's type is not supported, a primitive is marked not required, or two columns
     *     share a header; the message names the class and the member
     */
    public static <T> TableMapping<T> of(Class<T> type) {
        return builder(type).build();
    }

    /**
     * Starts a mapping from the type's annotations (if any), to be changed before it is built: for a type
     * that cannot carry annotations, such as a model record of another module.
     *
     * <pre>{@code
     * TableMapping<Visit> visits = TableMapping.builder(Visit.class).table("走访记录", "visits")
     *         .column("gridId", "网格编号", "所属网格").personal("residentName", PersonalData.NAME).build();
     * }</pre>
     *
     * @param type the record type, or a class with a public no-argument constructor
     * @param <T> the mapped type
     * @return a builder
     * @throws MappingException when {@code type} can be neither instantiated nor filled (see the class
     *     comment), naming the class and the member
     */
    public static <T> Builder<T> builder(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return new Builder<>(type);
    }

    /** @return the mapped type */
    public Class<T> type() {
        return type;
    }

    /** @return the English key of the table: the sheet name of English exports and the JSON section */
    public String key() {
        return key;
    }

    /** @return the Chinese name of the table: the sheet name and file stem of Chinese exports */
    public String label() {
        return label;
    }

    /** @return the columns in order */
    public List<MappedColumn> columns() {
        return columns;
    }

    @Override
    public String toString() {
        return "TableMapping[" + type.getName() + " as " + label + "/" + key + ", " + columns.size() + " columns]";
    }

    private static @Nullable UnaryOperator<String> masker(PersonalData personal) {
        switch (personal) {
            case ID_NUMBER:
                return Masking::idNumber;
            case PHONE:
                return Masking::phone;
            case NAME:
                return Masking::name;
            default:
                return null;
        }
    }

    /** Two columns may not share a header, an alias or a component name (matched as the import matches). */
    private static void checkHeaders(Class<?> type, List<MappedColumn> columns) {
        Map<String, String> owner = new HashMap<>();
        for (MappedColumn c : columns) {
            List<String> names = new ArrayList<>();
            names.add(c.component());
            names.add(c.header());
            names.addAll(c.aliases());
            for (String name : names) {
                String k = KindMapping.normalise(name);
                if (k.isEmpty()) {
                    throw new MappingException("column '" + c.component() + "' of " + type.getName()
                            + " has a blank header or alias", type.getName() + " 的列「" + c.component() + "」的表头或别名为空");
                }
                String previous = owner.putIfAbsent(k, c.component());
                if (previous != null && !previous.equals(c.component())) {
                    throw new MappingException("header '" + name + "' of " + type.getName() + " would match both '"
                            + previous + "' and '" + c.component() + "'",
                            type.getName() + " 的表头「" + name + "」同时对应「" + previous + "」和「" + c.component() + "」");
                }
            }
        }
    }

    /**
     * Builds a {@link TableMapping}, starting from the type's annotations.
     *
     * @param <T> the mapped type
     */
    public static final class Builder<T> {
        private final Class<T> type;
        private final Instantiator rows;
        private String key;
        private String label;
        private final Map<String, MappedColumn> columns = new LinkedHashMap<>();
        private final Map<String, Integer> order = new HashMap<>();
        private final Map<String, Class<?>> rawTypes = new HashMap<>();
        private final Map<String, java.lang.reflect.Type> genericTypes = new HashMap<>();
        private final Map<String, CellRules.Rule> rules = new HashMap<>();
        private final Map<String, PersonalData> constrained = new HashMap<>();

        private Builder(Class<T> type) {
            this.type = type;
            this.rows = Instantiator.of(type);
            Table table = type.getAnnotation(Table.class);
            String simple = type.getSimpleName();
            this.label = table != null ? table.value() : simple;
            this.key = table != null && !table.key().isBlank() ? table.key()
                    : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            for (Instantiator.Member rc : rows.members()) {
                String name = rc.name();
                Column column = columnOf(rc);
                List<Annotation> constraints = constraintsOf(rc);
                PersonalData auto = PersonalData.NONE;
                if (has(constraints, ChineseIdNumber.class)) {
                    auto = PersonalData.ID_NUMBER;
                    rules.put(name, CellRules.Rule.ID_NUMBER);
                } else if (has(constraints, PhoneNumber.class)) {
                    auto = PersonalData.PHONE;
                    rules.put(name, CellRules.Rule.CODE);
                } else if (has(constraints, CreditCode.class) || has(constraints, DivisionCode.class)) {
                    rules.put(name, CellRules.Rule.CODE);
                }
                constrained.put(name, auto);
                rawTypes.put(name, rc.rawType());
                genericTypes.put(name, rc.genericType());
                PersonalData personal = column == null || column.personal() == PersonalData.AUTO ? auto : column.personal();
                columns.put(name, new MappedColumn(name, column == null ? name : column.value(),
                        column == null ? List.of() : Arrays.asList(column.aliases()),
                        column == null || column.required(), personal));
                order.put(name, column == null ? Integer.MAX_VALUE : column.order());
            }
        }

        /** The {@link Column} of a member: on the record component, or on the field, getter or setter. */
        private static @Nullable Column columnOf(Instantiator.Member member) {
            for (java.lang.reflect.AnnotatedElement e : member.annotated()) {
                Column column = e.getAnnotation(Column.class);
                if (column != null) {
                    return column;
                }
            }
            return null;
        }

        private static List<Annotation> constraintsOf(Instantiator.Member member) {
            List<Annotation> all = new ArrayList<>();
            AnnotatedType annotated = member.annotatedType();
            all.addAll(Arrays.asList(annotated.getAnnotations()));
            if (annotated instanceof AnnotatedParameterizedType p && member.rawType() == Optional.class) {
                for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                    all.addAll(Arrays.asList(arg.getAnnotations()));
                }
            }
            for (java.lang.reflect.AnnotatedElement e : member.annotated()) {
                all.addAll(Arrays.asList(e.getAnnotations()));
            }
            return all;
        }

        private static boolean has(List<Annotation> annotations, Class<? extends Annotation> wanted) {
            return annotations.stream().anyMatch(a -> a.annotationType() == wanted);
        }

        private MappedColumn existing(String component) {
            MappedColumn c = columns.get(Objects.requireNonNull(component, "component"));
            if (c == null) {
                throw new MappingException("'" + component + "' is not a component of " + type.getName() + "; components: "
                        + columns.keySet(), "「" + component + "」不是 " + type.getName() + " 的字段；字段有 " + columns.keySet());
            }
            return c;
        }

        /**
         * @param chineseName the table's Chinese name (sheet name)
         * @param englishKey the table's English key
         * @return this builder
         */
        public Builder<T> table(String chineseName, String englishKey) {
            this.label = Objects.requireNonNull(chineseName, "chineseName");
            this.key = Objects.requireNonNull(englishKey, "englishKey");
            return this;
        }

        /**
         * Sets a column's header and aliases (replacing those of its annotation).
         *
         * @param component the record component
         * @param header the header written by Chinese exports
         * @param aliases further headers accepted on import
         * @return this builder
         * @throws MappingException when {@code component} is not a component or field of the type
         */
        public Builder<T> column(String component, String header, String... aliases) {
            MappedColumn c = existing(component);
            columns.put(component, new MappedColumn(component, header, List.of(aliases), c.required(), c.personal()));
            return this;
        }

        /**
         * @param component the record component
         * @param required whether an empty cell rejects the row
         * @return this builder
         * @throws MappingException when {@code component} is not a component or field of the type
         */
        public Builder<T> required(String component, boolean required) {
            MappedColumn c = existing(component);
            columns.put(component, new MappedColumn(component, c.header(), c.aliases(), required, c.personal()));
            return this;
        }

        /**
         * @param component the record component
         * @param personal how its values are masked; {@link PersonalData#AUTO} decides by its constraints
         * @return this builder
         * @throws MappingException when {@code component} is not a component or field of the type
         */
        public Builder<T> personal(String component, PersonalData personal) {
            MappedColumn c = existing(component);
            PersonalData resolved = personal == PersonalData.AUTO ? constrained.get(component) : personal;
            columns.put(component, new MappedColumn(component, c.header(), c.aliases(), c.required(),
                    Objects.requireNonNull(resolved, "personal")));
            return this;
        }

        /**
         * Puts the named columns first, in this order; the others follow in their current order.
         *
         * @param components record components
         * @return this builder
         * @throws MappingException when a name is not a component of the type
         */
        public Builder<T> order(String... components) {
            for (int i = 0; i < components.length; i++) {
                existing(components[i]);
                order.put(components[i], Integer.MIN_VALUE + i);
            }
            return this;
        }

        /**
         * @return the mapping
         * @throws MappingException when a component's type is not supported, a primitive is marked not
         *     required, or two columns share a header
         */
        public TableMapping<T> build() {
            List<String> names = new ArrayList<>(columns.keySet());
            List<String> declared = List.copyOf(names);
            names.sort(Comparator.comparingInt((String n) -> order.get(n)).thenComparingInt(declared::indexOf));
            List<MappedColumn> list = new ArrayList<>();
            for (String n : names) {
                MappedColumn c = Objects.requireNonNull(columns.get(n));
                requireCodec(n);
                if (!c.required() && Objects.requireNonNull(rawTypes.get(n)).isPrimitive()) {
                    throw new MappingException("column '" + n + "' of " + type.getName() + " is a primitive "
                            + rawTypes.get(n).getName() + " and cannot be optional; declare it as Optional<"
                            + box(rawTypes.get(n)) + ">", type.getName() + " 的列「" + n + "」是基本类型 "
                            + rawTypes.get(n).getName() + "，不能为可选；请声明为 Optional<" + box(rawTypes.get(n)) + ">");
                }
                list.add(c);
            }
            return new TableMapping<>(type, rows, key, label, list, rules);
        }

        /** A member's type must have a cell codec; the message names the class, the member and its type. */
        private void requireCodec(String member) {
            if (member.equals(KindMapping.EXTRAS) && rawTypes.get(member) == Map.class) {
                return;
            }
            java.lang.reflect.Type generic = Objects.requireNonNull(genericTypes.get(member), member);
            try {
                Codec.forType(generic);
            } catch (IllegalArgumentException e) {
                String typeName = generic.getTypeName();
                throw new MappingException("'" + member + "' of " + type.getName() + " has type " + typeName
                        + ", which cannot be a table column; supported: String, int, long, BigDecimal, boolean, "
                        + "LocalDate, Instant, enums, List<String>, Set<String> and Optional of these",
                        type.getName() + " 的「" + member + "」类型为 " + typeName + "，不能作为表格列；支持 String、int、long、"
                                + "BigDecimal、boolean、LocalDate、Instant、枚举、List<String>、Set<String> 及其 Optional");
            }
        }

        private static String box(Class<?> primitive) {
            String name = primitive.getName();
            return name.equals("int") ? "Integer" : Character.toUpperCase(name.charAt(0)) + name.substring(1)
                    .toLowerCase(Locale.ROOT);
        }
    }
}

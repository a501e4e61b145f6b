package org.jiceng.io.internal;

import java.util.Locale;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.core.model.PayGrade;
import org.jiceng.io.HeaderLanguage;
import org.jspecify.annotations.Nullable;

/**
 * Converts one field value between its model type and cell text. Text forms are chosen to be
 * lossless: ISO dates and instants, plain decimals, {@code ;}-joined lists with {@code \} escapes,
 * {@code k=v;k=v} maps with sorted keys, enum labels or constant names.
 */
public abstract class Codec {

    /** The cell type a value is best written as (spreadsheets use numeric cells for integers). */
    public enum CellType {
        /** Text. */
        TEXT,
        /** A whole number. */
        INTEGER
    }

    /** Dates are interpreted in China's zone when a local date-time is given. */
    static final ZoneId SHANGHAI = org.jiceng.core.time.ChinaTime.ZONE;

    /**
     * @param text non-empty cell text
     * @return the value (not wrapped in Optional)
     * @throws BadValue when the text is not a value of this type
     */
    public abstract Object parse(String text) throws BadValue;

    /**
     * @param value a non-null value (not wrapped in Optional)
     * @param language header language (enum values follow it)
     * @return the cell text
     */
    public abstract String format(Object value, HeaderLanguage language);

    /** @return the value written for an absent collection/field, or null when absent means empty cell */
    public @Nullable Object emptyValue() {
        return null;
    }

    /**
     * Whether {@link #format} gives equal values the same text and its values are immutable, so that a writer
     * may format each distinct value once and reuse the text (see {@link FormattedValues}). False where values
     * are cheap to format or rarely repeat, and for an {@link #ORDERED_MAP}, whose equal maps may differ in order.
     *
     * @return true when equal values may share their text
     */
    public boolean formatsEqualValuesAlike() {
        return false;
    }

    /** @return the preferred cell type */
    public CellType cellType() {
        return CellType.TEXT;
    }

    /** @return a short description of the accepted form, in English */
    public abstract String formEn();

    /** @return a short description of the accepted form, in Chinese */
    public abstract String formZh();

    BadValue bad(String text) {
        return new BadValue("format", "值「" + text + "」不是有效的" + formZh(),
                "value '" + text + "' is not a valid " + formEn());
    }

    /**
     * Picks the codec of a (possibly generic) field type, unwrapping {@code Optional}.
     *
     * @param type the component's generic type
     * @return the codec
     * @throws IllegalArgumentException for an unsupported type
     */
    public static Codec forType(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg0 = p.getActualTypeArguments()[0];
            if (raw == java.util.Optional.class) {
                return forType(arg0);
            }
            if (raw == List.class && arg0 == String.class) {
                return new StringList(false);
            }
            if (raw == Set.class && arg0 == String.class) {
                return new StringList(true);
            }
            if (raw == Map.class && arg0 == String.class && p.getActualTypeArguments()[1] == String.class) {
                return new StringMap(false);
            }
        } else if (type instanceof Class<?> c) {
            if (c == String.class) {
                return TEXT;
            }
            if (c == int.class || c == Integer.class) {
                return INTEGER;
            }
            if (c == long.class || c == Long.class) {
                return LONG;
            }
            if (c == boolean.class || c == Boolean.class) {
                return BOOLEAN;
            }
            if (c == BigDecimal.class) {
                return DECIMAL;
            }
            if (c == LocalDate.class) {
                return DATE;
            }
            if (c == Instant.class) {
                return INSTANT;
            }
            if (c == PayGrade.class) {
                return PAY_GRADE;
            }
            if (c.isEnum()) {
                return new EnumCodec(c);
            }
        }
        throw new IllegalArgumentException("No cell codec for field type " + type.getTypeName());
    }

    /** Plain text. */
    public static final Codec TEXT = new Codec() {
        @Override
        public Object parse(String text) {
            return text;
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            return (String) value;
        }

        @Override
        public String formEn() {
            return "text";
        }

        @Override
        public String formZh() {
            return "文本";
        }
    };

    /** Whole numbers. */
    public static final Codec INTEGER = new Codec() {
        @Override
        public Object parse(String text) throws BadValue {
            String t = text.strip();
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                // Spreadsheets hand whole numbers over as 12.0
                if (t.endsWith(".0")) {
                    try {
                        return Integer.valueOf(t.substring(0, t.length() - 2));
                    } catch (NumberFormatException ignored) {
                        throw bad(text);
                    }
                }
                throw bad(text);
            }
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            return value.toString();
        }

        @Override
        public CellType cellType() {
            return CellType.INTEGER;
        }

        @Override
        public String formEn() {
            return "whole number";
        }

        @Override
        public String formZh() {
            return "整数";
        }
    };

    /**
     * Long whole numbers. Written as text cells: a spreadsheet keeps only 15 significant digits of a
     * number, so a long is exact only as text; numeric cells of up to 15 digits are read too.
     */
    public static final Codec LONG = new Codec() {
        @Override
        public Object parse(String text) throws BadValue {
            String t = text.strip();
            try {
                return Long.valueOf(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
            } catch (NumberFormatException e) {
                throw bad(text);
            }
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            return INTEGER.format(value, language);
        }

        @Override
        public String formEn() {
            return INTEGER.formEn();
        }

        @Override
        public String formZh() {
            return INTEGER.formZh();
        }
    };

    /**
     * Yes/no values: {@code 是}/{@code 否} (written in Chinese exports), {@code true}/{@code false} (English
     * exports), also {@code yes}/{@code no}, {@code y}/{@code n}, {@code 1}/{@code 0} and a spreadsheet's
     * {@code TRUE}/{@code FALSE}, case ignored.
     */
    public static final Codec BOOLEAN = new Codec() {
        private final java.util.Set<String> yes = java.util.Set.of("是", "true", "yes", "y", "1", "对", "√");
        private final java.util.Set<String> no = java.util.Set.of("否", "false", "no", "n", "0", "不是", "×");

        @Override
        public Object parse(String text) throws BadValue {
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (yes.contains(t)) {
                return Boolean.TRUE;
            }
            if (no.contains(t)) {
                return Boolean.FALSE;
            }
            throw bad(text);
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            boolean b = (Boolean) value;
            return language == HeaderLanguage.CHINESE ? (b ? "是" : "否") : Boolean.toString(b);
        }

        @Override
        public String formEn() {
            return "yes/no value (是/否, true/false)";
        }

        @Override
        public String formZh() {
            return "是/否值（是/否、true/false）";
        }
    };

    /** Decimals, kept with their scale. */
    public static final Codec DECIMAL = new Codec() {
        @Override
        public Object parse(String text) throws BadValue {
            String t = text.strip();
            if (t.length() > 100) {
                throw bad(text);
            }
            try {
                BigDecimal d = new BigDecimal(t);
                if (Math.abs((long) d.scale()) > 1000) {
                    throw bad(text);
                }
                return d;
            } catch (NumberFormatException e) {
                throw bad(text);
            }
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            BigDecimal d = (BigDecimal) value;
            return d.scale() < 0 ? d.toString() : d.toPlainString();
        }

        @Override
        public boolean formatsEqualValuesAlike() {
            return true;
        }

        @Override
        public String formEn() {
            return "decimal number";
        }

        @Override
        public String formZh() {
            return "数字";
        }
    };

    /**
     * Dates: ISO {@code 2024-05-01}, also the roster forms of {@link RosterDates} ({@code 2024/5/1},
     * {@code 2024.5.1}, {@code 2024年5月1日}, Excel serials); the importer warns about every non-ISO form.
     */
    public static final Codec DATE = new Codec() {
        @Override
        public Object parse(String text) throws BadValue {
            return RosterDates.parse(text).date();
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            return value.toString();
        }

        @Override
        public boolean formatsEqualValuesAlike() {
            return true;
        }

        @Override
        public String formEn() {
            return "date (yyyy-MM-dd)";
        }

        @Override
        public String formZh() {
            return "日期（yyyy-MM-dd）";
        }
    };

    /** Instants: ISO instant or offset date-time; a local date-time is read in Asia/Shanghai. */
    public static final Codec INSTANT = new Codec() {
        @Override
        public Object parse(String text) throws BadValue {
            String t = text.strip();
            try {
                return Instant.parse(t);
            } catch (DateTimeException e) {
                try {
                    return OffsetDateTime.parse(t).toInstant();
                } catch (DateTimeException e2) {
                    try {
                        return LocalDateTime.parse(t.replace(' ', 'T')).atZone(SHANGHAI).toInstant();
                    } catch (DateTimeException e3) {
                        throw bad(text);
                    }
                }
            }
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            return org.jiceng.core.time.IsoInstants.format((Instant) value);
        }

        @Override
        public String formEn() {
            return "time (ISO-8601, e.g. 2024-05-01T08:00:00Z)";
        }

        @Override
        public String formZh() {
            return "时间（ISO-8601，如 2024-05-01T08:00:00Z）";
        }
    };

    private static final Pattern PAY = Pattern.compile("\\s*(\\d)\\s*(?:级|-|/)\\s*(\\d)\\s*档?\\s*");

    /** Pay grades: {@code 3级2档} or {@code 3-2}. */
    public static final Codec PAY_GRADE = new Codec() {
        @Override
        public Object parse(String text) throws BadValue {
            Matcher m = PAY.matcher(text);
            if (!m.matches()) {
                throw bad(text);
            }
            try {
                return new PayGrade(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (IllegalArgumentException e) {
                throw bad(text);
            }
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            PayGrade g = (PayGrade) value;
            return language == HeaderLanguage.CHINESE ? g.label() : g.level() + "-" + g.grade();
        }

        @Override
        public boolean formatsEqualValuesAlike() {
            return true;
        }

        @Override
        public String formEn() {
            return "pay grade (level-grade, e.g. 3-2)";
        }

        @Override
        public String formZh() {
            return "薪酬档次（如 3级2档）";
        }
    };

    /** Enums with a {@code label()} and a static {@code parse(String)}. */
    static final class EnumCodec extends Codec {
        private final Class<?> type;
        private final Object[] constants;
        private final String[] labels;
        private final String accepted;

        EnumCodec(Class<?> type) {
            this.type = type;
            this.constants = type.getEnumConstants();
            this.labels = new String[constants.length];
            StringBuilder all = new StringBuilder();
            try {
                Method label = type.getMethod("label");
                for (int i = 0; i < constants.length; i++) {
                    labels[i] = (String) label.invoke(constants[i]);
                    all.append(i == 0 ? "" : ", ").append(labels[i]).append('/').append(((Enum<?>) constants[i]).name());
                }
            } catch (ReflectiveOperationException e) {
                for (int i = 0; i < constants.length; i++) {
                    labels[i] = ((Enum<?>) constants[i]).name();
                    all.append(i == 0 ? "" : ", ").append(labels[i]);
                }
            }
            this.accepted = all.toString();
        }

        @Override
        public Object parse(String text) throws BadValue {
            String t = text.strip();
            for (int i = 0; i < constants.length; i++) {
                if (labels[i].equals(t) || ((Enum<?>) constants[i]).name().equalsIgnoreCase(t)) {
                    return constants[i];
                }
            }
            throw new BadValue("format", "值「" + text + "」不是有效的" + formZh() + "，可选：" + accepted,
                    "value '" + text + "' is not a valid " + formEn() + "; accepted: " + accepted);
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            Enum<?> e = (Enum<?>) value;
            return language == HeaderLanguage.CHINESE ? labels[e.ordinal()] : e.name();
        }

        @Override
        public String formEn() {
            return type.getSimpleName();
        }

        @Override
        public String formZh() {
            return "取值";
        }
    }

    /** Lists and sets of strings: {@code a;b;c}, with {@code \;} and {@code \\} escapes. */
    static final class StringList extends Codec {
        private final boolean set;

        StringList(boolean set) {
            this.set = set;
        }

        @Override
        public Object parse(String text) throws BadValue {
            List<String> parts = Escapes.split(text, ';', true);
            if (parts.stream().anyMatch(String::isEmpty)) {
                throw new BadValue("format", "列表「" + text + "」含空项", "list '" + text + "' has an empty item");
            }
            return set ? Set.copyOf(new LinkedHashSet<>(parts)) : List.copyOf(parts);
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            List<String> items = new ArrayList<>((java.util.Collection<String>) value);
            if (set) {
                items.sort(null);
            }
            StringBuilder s = new StringBuilder();
            for (String item : items) {
                if (s.length() > 0) {
                    s.append(';');
                }
                Escapes.append(s, item, ";");
            }
            return s.toString();
        }

        @Override
        public Object emptyValue() {
            return set ? Set.of() : List.of();
        }

        @Override
        public boolean formatsEqualValuesAlike() {
            return true;
        }

        @Override
        public String formEn() {
            return "list (a;b;c)";
        }

        @Override
        public String formZh() {
            return "列表（以;分隔）";
        }
    }

    /** String maps kept in the order of their entries (a record's {@code extras}). */
    public static final Codec ORDERED_MAP = new StringMap(true);

    /**
     * String maps: {@code k=v;k2=v2} with {@code \} escapes; keys sorted, or for an ordered map in the
     * map's own order (read back in the same order).
     */
    static final class StringMap extends Codec {
        private final boolean ordered;

        StringMap(boolean ordered) {
            this.ordered = ordered;
        }

        @Override
        public Object parse(String text) throws BadValue {
            Map<String, String> map = new LinkedHashMap<>();
            for (String entry : Escapes.split(text, ';', false)) {
                List<String> kv = Escapes.split(entry, '=', true);
                if (kv.size() != 2 || kv.get(0).isEmpty()) {
                    throw bad(text);
                }
                if (map.put(kv.get(0), kv.get(1)) != null) {
                    throw new BadValue("format", "属性「" + kv.get(0) + "」重复", "key '" + kv.get(0) + "' repeats");
                }
            }
            return ordered ? java.util.Collections.unmodifiableMap(map) : Map.copyOf(map);
        }

        @Override
        public String format(Object value, HeaderLanguage language) {
            StringBuilder s = new StringBuilder();
            Map<String, String> entries = ordered ? (Map<String, String>) value
                    : new TreeMap<>((Map<String, String>) value);
            for (Map.Entry<String, String> e : entries.entrySet()) {
                if (s.length() > 0) {
                    s.append(';');
                }
                Escapes.append(s, e.getKey(), ";=");
                s.append('=');
                Escapes.append(s, e.getValue(), ";=");
            }
            return s.toString();
        }

        @Override
        public Object emptyValue() {
            return Map.of();
        }

        @Override
        public boolean formatsEqualValuesAlike() {
            return !ordered;
        }

        @Override
        public String formEn() {
            return "attribute list (key=value;key=value)";
        }

        @Override
        public String formZh() {
            return "属性列表（键=值;键=值）";
        }
    }
}

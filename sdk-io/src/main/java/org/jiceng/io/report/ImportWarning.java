package org.jiceng.io.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Something an import did to a value or a column that the user should know about, although nothing was
 * rejected: a value normalised (trimmed, full-width characters made half-width, a date rewritten in ISO
 * form) or a column of the source that no field takes. The import never changes a value in silence:
 * each change is one warning naming the row, the column, the value as read, the value kept and the rule.
 *
 * @param location where: the row, or the source as a whole (row 0) for a column-level notice
 * @param column the column header as written in the source, when the warning concerns one column
 * @param originalValue the value as read, when a value was changed (personal numbers masked as on export)
 * @param normalisedValue the value kept, when a value was changed (personal numbers masked as on export)
 * @param rule a stable code of what was done: one of {@link #TRIM}, {@link #WIDTH}, {@link #ID_CHECK_X},
 *     {@link #DATE}, {@link #ENCODING}, {@link #COLUMN_IGNORED}, {@link #COLUMN_KEPT}
 * @param messageZh the message in Simplified Chinese
 * @param messageEn the message in English
 */
public record ImportWarning(SourceLocation location, Optional<String> column, Optional<String> originalValue,
        Optional<String> normalisedValue, String rule, String messageZh, String messageEn) {

    /** Leading or trailing white space removed from an id, code or name. */
    public static final String TRIM = "trim";
    /** Full-width or other compatibility characters of an id or code replaced by their NFKC form. */
    public static final String WIDTH = "width";
    /** The check character {@code x} of a resident ID number written as {@code X}. */
    public static final String ID_CHECK_X = "id-check-x";
    /** A date written in another form (2024/6/1, 2024年6月1日, an Excel serial number) read as ISO. */
    public static final String DATE = "date";
    /** The text was read as UTF-8 but is valid GB18030 too; declare the charset if Chinese text looks wrong. */
    public static final String ENCODING = "encoding";
    /** A column no field of the record kind takes; its values are not imported. */
    public static final String COLUMN_IGNORED = "column-ignored";
    /** A column no field takes, kept in the record's {@code extras} map and exported again. */
    public static final String COLUMN_KEPT = "column-kept";

    /**
     * Validates the components.
     *
     * @param location where: the row, or the source as a whole (row 0) for a column-level notice
     * @param column the column header as written in the source, when the warning concerns one column
     * @param originalValue the value as read, when a value was changed
     * @param normalisedValue the value kept, when a value was changed
     * @param rule a stable code of what was done
     * @param messageZh the message in Simplified Chinese
     * @param messageEn the message in English
     * @throws NullPointerException if {@code location}, {@code rule} or a message is null
     */
    public ImportWarning {
        Objects.requireNonNull(location, "location");
        column = Objects.requireNonNull(column, "column must not be null");
        originalValue = Objects.requireNonNull(originalValue, "originalValue must not be null");
        normalisedValue = Objects.requireNonNull(normalisedValue, "normalisedValue must not be null");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * A value changed on import.
     *
     * @param location the row
     * @param column the column header as written
     * @param original the value as read
     * @param normalised the value kept
     * @param rule what was done
     * @param messageZh Chinese message
     * @param messageEn English message
     * @return the warning
     */
    public static ImportWarning normalised(SourceLocation location, String column, String original, String normalised,
            String rule, String messageZh, String messageEn) {
        return new ImportWarning(location, Optional.of(column), Optional.of(original), Optional.of(normalised), rule,
                messageZh, messageEn);
    }

    /**
     * The notice that a text detected as UTF-8 is valid GB18030 as well.
     *
     * @param source the source name
     * @return the warning
     */
    public static ImportWarning ambiguousEncoding(String source) {
        return new ImportWarning(SourceLocation.of(source), Optional.empty(), Optional.empty(), Optional.empty(),
                ENCODING, "文本按 UTF-8 读取，但它同样是有效的 GB18030（GBK）；若中文显示不对，请用 ImportOptions.withCharset 指定 GB18030",
                "the text was read as UTF-8 but is valid GB18030 (GBK) too; if Chinese text looks wrong, declare "
                        + "GB18030 with ImportOptions.withCharset");
    }

    /** @return true when a value was changed (rather than a column noted) */
    public boolean changedValue() {
        return normalisedValue.isPresent();
    }

    /** @return a one-line English description, in the form of {@link RowError#describe()} */
    public String describe() {
        return location.describe() + column.map(c -> " column '" + c + "'").orElse("")
                + originalValue.map(v -> " value '" + v + "'").orElse("")
                + normalisedValue.map(v -> " -> '" + v + "'").orElse("") + ": " + messageEn + " [" + rule + "]";
    }

    /** @return the same description in Chinese, in the form of {@link RowError#describeZh()} */
    public String describeZh() {
        return location.describeZh() + column.map(c -> " 列「" + c + "」").orElse("")
                + originalValue.map(v -> " 值「" + v + "」").orElse("")
                + normalisedValue.map(v -> " →「" + v + "」").orElse("") + "：" + messageZh + "［" + rule + "］";
    }
}

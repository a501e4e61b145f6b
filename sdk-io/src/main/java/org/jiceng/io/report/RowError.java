package org.jiceng.io.report;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem with one row: where, which column, the raw value as read, the violated constraint and a
 * message in Chinese and English.
 *
 * @param location where the row is
 * @param column the column header as written in the source (or the field name when the format has
 *     no header), empty when the problem concerns the row as a whole
 * @param rawValue the value as read, empty when absent
 * @param constraint a stable code of the violated rule: a Bean Validation constraint's simple name
 *     (e.g. {@code NotBlank}, {@code IdNumber}) or one of the import codes {@code required},
 *     {@code format}, {@code invariant}, {@code columns}, {@code syntax}
 * @param messageZh the message in Simplified Chinese
 * @param messageEn the message in English
 */
public record RowError(SourceLocation location, Optional<String> column, Optional<String> rawValue,
        String constraint, String messageZh, String messageEn) {

    /**
     * Validates the components.
     *
     * @param location where the row is
     * @param column the column header as written in the source (or the field name when the format has
     *         no header), empty when the problem concerns the row as a whole
     * @param rawValue the value as read, empty when absent
     * @param constraint a stable code of the violated rule: a Bean Validation constraint's simple name
     *         (e.g. {@code NotBlank}, {@code IdNumber}) or one of the import codes {@code required},
     *         {@code format}, {@code invariant}, {@code columns}, {@code syntax}
     * @param messageZh the message in Simplified Chinese
     * @param messageEn the message in English
     * @throws NullPointerException if {@code location}, {@code constraint} or a message is null
     */
    public RowError {
        Objects.requireNonNull(location, "location");
        column = column == null ? Optional.empty() : column;
        rawValue = rawValue == null ? Optional.empty() : rawValue;
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** @return a one-line English description with location, column and value */
    public String describe() {
        return location.describe() + column.map(c -> " column '" + c + "'").orElse("")
                + rawValue.map(v -> " value '" + v + "'").orElse("") + ": " + messageEn + " [" + constraint + "]";
    }

    /** @return the same description in Chinese, e.g. {@code members.csv 第12行 列「身份证号」值「…」：…} */
    public String describeZh() {
        return location.describeZh() + column.map(c -> " 列「" + c + "」").orElse("")
                + rawValue.map(v -> " 值「" + v + "」").orElse("") + "：" + messageZh + "［" + constraint + "］";
    }
}

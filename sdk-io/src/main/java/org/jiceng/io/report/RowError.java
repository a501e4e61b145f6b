package org.jiceng.io.report;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jiceng.core.privacy.EchoedText;
import org.jiceng.io.internal.EchoedValues;

/**
 * One problem with one row: where, which column, the raw value as read, the violated constraint and a
 * message in Chinese and English.
 *
 * <p>Everything echoed from the input is made safe to show and bounded, so a report of rejected rows
 * never discloses personal data, never drives a terminal and never grows with the size of the values:
 * <ul>
 *   <li>the raw value of a personal field (an ID or phone number of a person, recognised by the
 *       constraint {@code ChineseIdNumber} or {@code PhoneNumber} or by the column header) is masked as
 *       on export ({@link org.jiceng.core.privacy.Masking}), also where a message quotes it;</li>
 *   <li>control characters (ESC and with it every terminal control sequence, other C0 and C1
 *       controls, line breaks) and bidirectional overrides in the value, the column and the messages
 *       are shown as Java-style Unicode escapes (backslash, {@code u}, four hex digits) ({@link EchoedText#terminalSafe});</li>
 *   <li>a raw value longer than {@value #MAX_RAW_VALUE_CHARS} characters is cut to that length ending
 *       with {@code …}, and both messages then say so with the full length; columns are cut at
 *       {@value #MAX_COLUMN_CHARS} and messages at {@value #MAX_MESSAGE_CHARS} characters.</li>
 * </ul>
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

    /** The most characters of a raw value kept in a report. */
    public static final int MAX_RAW_VALUE_CHARS = 256;
    /** The most characters of a column header kept in a report. */
    public static final int MAX_COLUMN_CHARS = 256;
    /** The most characters of a message kept in a report. */
    public static final int MAX_MESSAGE_CHARS = 2_000;

    /**
     * Validates the components; masks, escapes and bounds the echoed text as described on the class.
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
     * @throws NullPointerException if a component is null
     */
    public RowError {
        Objects.requireNonNull(location, "location");
        column = Objects.requireNonNull(column, "column must not be null");
        rawValue = Objects.requireNonNull(rawValue, "rawValue must not be null");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        column = column.map(c -> EchoedText.truncate(EchoedText.terminalSafe(c), MAX_COLUMN_CHARS));
        if (rawValue.isPresent()) {
            String raw = rawValue.get();
            int length = raw.length();
            Optional<UnaryOperator<String>> masker = EchoedValues.masker(column.orElse(null), constraint);
            if (masker.isPresent() && !raw.isEmpty()) {
                String masked = masker.get().apply(raw);
                if (raw.length() >= 4) { // a message may quote the value; shorter strings could be anything
                    messageZh = messageZh.replace(raw, masked);
                    messageEn = messageEn.replace(raw, masked);
                }
                raw = masked;
            }
            raw = EchoedText.terminalSafe(raw);
            if (raw.length() > MAX_RAW_VALUE_CHARS) {
                // cut to MAX - 1 so that the value with its ellipsis is not cut again when copied
                raw = EchoedText.truncate(raw, MAX_RAW_VALUE_CHARS - 1);
                messageZh = messageZh + "（值过长，报告只保留开头部分，原值共 " + length + " 个字符）";
                messageEn = messageEn + " (value truncated in this report; it has " + length + " characters)";
            }
            rawValue = Optional.of(raw);
        }
        messageZh = EchoedText.truncate(EchoedText.terminalSafe(messageZh), MAX_MESSAGE_CHARS);
        messageEn = EchoedText.truncate(EchoedText.terminalSafe(messageEn), MAX_MESSAGE_CHARS);
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

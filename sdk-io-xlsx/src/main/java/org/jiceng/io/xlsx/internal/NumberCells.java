package org.jiceng.io.xlsx.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jiceng.io.spi.TableHeader.ValueType;

/**
 * What a numeric cell means for the column it lands in. A spreadsheet program keeps numbers as doubles
 * with 15 significant digits, so an ID number, credit code or phone typed as a number (Excel shows
 * {@code 1.10105E+17}) has lost digits that nothing can bring back. The rules:
 * <ul>
 *   <li>text columns (ids, codes, phones, names): a whole number of at most {@value #EXACT_DIGITS} digits
 *       is exact (a 6- or 12-digit division code, an 11-digit phone) and is kept as its digits, with a
 *       warning that it was stored as a number; anything else is rejected: digits were lost;</li>
 *   <li>date and instant columns: the number is a day serial (1900 or 1904 system); a serial shown
 *       without a date format is read with a warning;</li>
 *   <li>number columns: the shortest decimal that reads back as the same double, i.e. what the
 *       spreadsheet shows.</li>
 * </ul>
 */
public final class NumberCells {

    /** Digits a spreadsheet keeps exactly (Excel's precision). */
    public static final int EXACT_DIGITS = 15;

    private static final double EXACT_LIMIT = 1e15;
    private static final LocalDateTime EPOCH_1900 = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final LocalDateTime EPOCH_1904 = LocalDateTime.of(1904, 1, 1, 0, 0);
    private static final double MAX_SERIAL = 2_958_465; // 9999-12-31

    /** Rule code of the warning for a whole number kept as the text of a code column. */
    public static final String RULE_NUMBER_AS_TEXT = "number-as-text";
    /** Rule code of the warning for a bare serial read as a date. */
    public static final String RULE_DATE_SERIAL = "date";

    private NumberCells() {
    }

    /**
     * The outcome for one cell.
     *
     * @param text the cell text handed to the mapping, when accepted
     * @param warningRule a warning's rule code when the value was read in a way the user should know
     * @param messageZh the rejection or warning, in Chinese
     * @param messageEn the rejection or warning, in English
     */
    public record Outcome(Optional<String> text, Optional<String> warningRule, String messageZh, String messageEn) {

        static Outcome kept(String text) {
            return new Outcome(Optional.of(text), Optional.empty(), "", "");
        }

        static Outcome warned(String text, String rule, String zh, String en) {
            return new Outcome(Optional.of(text), Optional.of(rule), zh, en);
        }

        static Outcome rejected(String zh, String en) {
            return new Outcome(Optional.empty(), Optional.empty(), zh, en);
        }

        /** @return whether the cell is rejected */
        public boolean isRejected() {
            return text.isEmpty();
        }
    }

    /**
     * @param type what the column holds
     * @param value the cell's number
     * @param dateFormatted whether the cell's format shows a date or time
     * @param date1904 whether the workbook counts days from 1904
     * @return the outcome
     */
    public static Outcome judge(ValueType type, double value, boolean dateFormatted, boolean date1904) {
        return switch (type) {
            case TEXT, OTHER -> dateFormatted ? dateText(value, date1904, true, false) : code(value);
            case DATE -> dateText(value, date1904, dateFormatted, false);
            case INSTANT -> dateText(value, date1904, dateFormatted, true);
            case INTEGER, DECIMAL, UNMAPPED -> Outcome.kept(dateFormatted && type == ValueType.UNMAPPED
                    ? display(value, true, date1904) : plain(value));
        };
    }

    /**
     * @param value a number
     * @return whether it is a whole number short enough that a spreadsheet keeps every digit
     */
    public static boolean isExactWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < EXACT_LIMIT;
    }

    private static Outcome code(double value) {
        if (isExactWhole(value)) {
            String digits = Long.toString((long) value);
            return Outcome.warned(digits, RULE_NUMBER_AS_TEXT,
                    "以数字存储，按整数「" + digits + "」读取；请将该列设为文本格式",
                    "stored as a number, read as the whole number '" + digits + "'; format the column as text");
        }
        return Outcome.rejected("以数字存储，位数已丢失（" + Double.toString(value) + "）；请将该列设为文本格式后重新录入",
                "stored as a number, digits lost (" + Double.toString(value) + "); format the column as text and "
                        + "enter the value again");
    }

    private static Outcome dateText(double value, boolean date1904, boolean dateFormatted, boolean withTime) {
        Optional<LocalDateTime> t = toDateTime(value, date1904);
        if (t.isEmpty()) {
            return Outcome.rejected("数字 " + plain(value) + " 不是有效的 Excel 日期序号",
                    "number " + plain(value) + " is not a valid Excel date serial");
        }
        LocalDateTime at = t.get();
        String text = at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && !withTime
                ? at.toLocalDate().toString() : at.toString();
        if (dateFormatted) {
            return Outcome.kept(text);
        }
        return Outcome.warned(text, RULE_DATE_SERIAL, "Excel 日期序号 " + plain(value) + " 读作 " + text,
                "Excel date serial " + plain(value) + " read as " + text);
    }

    /**
     * @param serial an Excel day serial, possibly with a time fraction
     * @param date1904 whether the workbook counts days from 1904
     * @return the local date-time, rounded to the millisecond; empty for serials that are no date
     *     (negative, beyond 9999, or 60 in the 1900 system, the 29 February 1900 that never was)
     */
    public static Optional<LocalDateTime> toDateTime(double serial, boolean date1904) {
        if (!(serial >= 0) || serial > MAX_SERIAL || (!date1904 && serial < 1)) {
            return Optional.empty();
        }
        long days = (long) Math.floor(serial);
        if (!date1904 && days == 60) {
            return Optional.empty();
        }
        long millis = Math.round((serial - days) * 86_400_000d);
        LocalDateTime base = date1904 ? EPOCH_1904 : EPOCH_1900;
        if (!date1904 && days < 60) {
            base = base.plusDays(1); // Excel counts 29 February 1900, so serials before it start a day later
        }
        return Optional.of(base.plusDays(days).plus(millis, ChronoUnit.MILLIS));
    }

    /**
     * @param value a number
     * @return the shortest decimal reading back as that double, without exponent; whole numbers without
     *     {@code .0}
     */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 9.007199254740992E15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }

    /**
     * @param value a number
     * @param dateFormatted whether its format shows a date
     * @param date1904 the workbook's date system
     * @return how the cell reads as plain text (headers, ignored columns)
     */
    public static String display(double value, boolean dateFormatted, boolean date1904) {
        if (dateFormatted) {
            Optional<LocalDateTime> t = toDateTime(value, date1904);
            if (t.isPresent()) {
                LocalDateTime at = t.get();
                return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                        : at.toString();
            }
        }
        return plain(value);
    }
}

package org.jiceng.io.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date parser every tabular reader shares (CSV, XLSX, JSON objects): dates as office rosters write
 * them. Entry points: {@link #parse(String)} for cell text and {@link #fromExcelSerial(double)} for a
 * numeric spreadsheet cell.
 *
 * <p>Accepted: ISO {@code 2024-06-01} (kept as is); {@code 2024-6-1}, {@code 2024/6/1}, {@code 2024.6.1},
 * {@code 2024年6月1日} (one separator throughout; full-width digits allowed); {@code 20240601}; and Excel
 * serial day numbers ({@code 45444} is 2024-06-01). Everything but the ISO form is reported as
 * {@link Parsed#rewritten() rewritten}, so the importer warns about it. Rejected, each with its own
 * message: dates that do not exist ({@code 2024/2/30}, Excel's serial 60, its phantom 1900-02-29),
 * day-month-year orders ({@code 6/1/2024} is 6 January or 1 June), two-digit years, a year alone, and
 * times of day.
 */
public final class RosterDates {

    /**
     * A parsed date.
     *
     * @param date the date
     * @param rewritten whether the text was not already the ISO form {@code yyyy-MM-dd}
     */
    public record Parsed(LocalDate date, boolean rewritten) {
    }

    /** The largest serial Excel shows as a date: 9999-12-31. */
    public static final long MAX_SERIAL = 2_958_465L;

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})\\s*([-/.年])\\s*(\\d{1,2})\\s*([-/.月])\\s*(\\d{1,2})\\s*(日|号)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*([-/.])\\s*(\\d{2,4})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{1,7})(\\.(\\d+))?");
    private static final Pattern WITH_TIME = Pattern.compile(".*\\d[ T]\\d{1,2}:\\d{2}.*");
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

    private RosterDates() {
    }

    /**
     * @param text a cell text (surrounding white space is ignored)
     * @return the date, and whether it was written in another form than ISO
     * @throws BadValue ({@code format}) with a message saying what is wrong with the text
     */
    public static Parsed parse(String text) throws BadValue {
        String t = text.strip();
        if (ISO.matcher(t).matches()) {
            return new Parsed(exact(text, Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
                    Integer.parseInt(t.substring(8, 10))), !t.equals(text));
        }
        if (!t.isEmpty() && !isAscii(t)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFKC);
        }
        Matcher m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            String first = m.group(2);
            String second = m.group(4);
            boolean chinese = first.equals("年");
            boolean consistent = chinese ? second.equals("月") : first.equals(second) && m.group(6) == null;
            if (!consistent) {
                throw bad(text, "年月日的分隔符不一致", "the separators between year, month and day differ");
            }
            return new Parsed(exact(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(5))), true);
        }
        m = COMPACT.matcher(t);
        if (m.matches()) {
            return new Parsed(exact(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), true);
        }
        m = YEAR_LAST.matcher(t);
        if (m.matches()) {
            if (m.group(5).length() == 2 || m.group(1).length() <= 2 && m.group(5).length() <= 2) {
                throw bad(text, "两位数年份有歧义，请写四位年份，如 2024-06-01",
                        "a two-digit year is ambiguous; write the year in full, e.g. 2024-06-01");
            }
            throw bad(text, "日、月的先后顺序有歧义（如 6/1/2024 可能是1月6日或6月1日），请按年-月-日书写，如 2024-06-01",
                    "the order of day and month is ambiguous (6/1/2024 may be 6 January or 1 June); write "
                            + "year-month-day, e.g. 2024-06-01");
        }
        if (YEAR_LAST_SHORT.matcher(t).matches()) {
            throw bad(text, "两位数年份有歧义，请写四位年份，如 2024-06-01",
                    "a two-digit year is ambiguous; write the year in full, e.g. 2024-06-01");
        }
        m = SERIAL.matcher(t);
        if (m.matches()) {
            long whole = Long.parseLong(m.group(1));
            if (m.group(3) != null && !m.group(3).chars().allMatch(c -> c == '0')) {
                throw bad(text, "日期带有时刻，只接受日期", "the value holds a time of day; only a date is accepted");
            }
            if (m.group(1).length() == 4 && whole >= 1900 && whole <= 2100) {
                throw bad(text, "只有年份，不是完整日期", "a year alone is not a date");
            }
            return new Parsed(serial(text, whole), true);
        }
        if (WITH_TIME.matcher(t).matches()) {
            throw bad(text, "日期带有时刻，只接受日期", "the value holds a time of day; only a date is accepted");
        }
        throw bad(text, "不是可识别的日期，请写作 2024-06-01、2024/6/1 或 2024年6月1日",
                "not a recognised date; write 2024-06-01, 2024/6/1 or 2024年6月1日");
    }

    private static final Pattern YEAR_LAST_SHORT = Pattern.compile("(\\d{2})\\s*([-/.])\\s*(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})");

    /**
     * Converts an Excel serial day number (1900 date system) to a date.
     *
     * @param serial the cell's numeric value
     * @return the date
     * @throws BadValue when the value has a time of day, is out of Excel's date range or is 60 (Excel's
     *     non-existent 1900-02-29)
     */
    public static LocalDate fromExcelSerial(double serial) throws BadValue {
        String text = serial == Math.rint(serial) && Math.abs(serial) < 1e15 ? Long.toString((long) serial)
                : Double.toString(serial);
        if (Double.isNaN(serial) || serial != Math.rint(serial)) {
            throw bad(text, "日期带有时刻，只接受日期", "the value holds a time of day; only a date is accepted");
        }
        return serial(text, (long) serial);
    }

    private static LocalDate serial(String text, long serial) throws BadValue {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw bad(text, "Excel 日期序号须在 1 到 " + MAX_SERIAL + " 之间",
                    "an Excel date serial must lie between 1 and " + MAX_SERIAL);
        }
        if (serial == 60) {
            throw bad(text, "Excel 日期序号 60 表示不存在的 1900年2月29日",
                    "Excel date serial 60 stands for 1900-02-29, a day that does not exist");
        }
        // Excel counts 1900-02-29, which never was: serials before it are one day earlier.
        return serial < 60 ? SERIAL_EPOCH.plusDays(serial + 1) : SERIAL_EPOCH.plusDays(serial);
    }

    private static LocalDate exact(String text, int year, int month, int day) throws BadValue {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw bad(text, "不存在这一天（" + year + "年" + month + "月" + day + "日）",
                    "no such day: year " + year + ", month " + month + ", day " + day);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static BadValue bad(String text, String zh, String en) {
        return new BadValue("format", "日期「" + text + "」无效：" + zh, "date '" + text + "' is invalid: " + en);
    }
}

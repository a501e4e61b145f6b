package org.jiceng.io.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jiceng.io.report.ImportWarning;
import org.jspecify.annotations.Nullable;

/**
 * What the import does to the text of a cell before converting it, by the kind of field: identifiers and
 * codes are trimmed and brought to NFKC (full-width {@code １２３ＡＢ} become {@code 123AB}), an ID number's
 * check character {@code x} becomes {@code X}, names are only trimmed, and free text is kept exactly.
 * Every change is reported ({@link Change}); a control character in an identifier, code or name (NUL,
 * escape, …; in names tab and line breaks are allowed) rejects the cell. Values of plain ASCII without
 * surrounding space pass through a single scan.
 */
public final class CellRules {

    /** How a field's text is treated. */
    public enum Rule {
        /** Free text: kept exactly as read. */
        FREE,
        /** A name: trimmed; control characters other than tab and line breaks rejected. */
        NAME,
        /** An identifier or code: trimmed, NFKC; control and format characters rejected. */
        CODE,
        /** A resident ID number: as {@link #CODE}, and a final {@code x} made upper case. */
        ID_NUMBER,
        /** A {@code ;}-separated list of identifiers: each treated as {@link #CODE}. */
        CODE_LIST
    }

    /**
     * A value changed by a rule.
     *
     * @param column the column index of the kind
     * @param original the text before
     * @param normalised the text after
     * @param rule the warning rule code ({@link ImportWarning#TRIM} …)
     * @param messageZh Chinese message
     * @param messageEn English message
     */
    public record Change(int column, String original, String normalised, String rule, String messageZh,
            String messageEn) {
    }

    private static final Set<String> CODES = Set.of("phone", "creditCode", "divisionCode", "code", "type");

    private CellRules() {
    }

    /**
     * @param field the record component name
     * @param codec the field's codec
     * @return the rule for that field
     */
    public static Rule of(String field, Codec codec) {
        if (field.equals("idNumber")) {
            return Rule.ID_NUMBER;
        }
        if (codec == Codec.TEXT) {
            if (field.equals("name")) {
                return Rule.NAME;
            }
            if (field.equals("id") || field.endsWith("Id") || CODES.contains(field)) {
                return Rule.CODE;
            }
            return Rule.FREE;
        }
        if (codec instanceof Codec.StringList && field.endsWith("Ids")) {
            return Rule.CODE_LIST;
        }
        return Rule.FREE;
    }

    /**
     * Applies a rule to a non-empty cell text.
     *
     * @param rule the field's rule
     * @param column the column index, for changes and problems
     * @param text the text as read
     * @param changes receives every change
     * @param problems receives the rejection, if any
     * @return the text to convert, or {@code null} when the cell is rejected
     */
    public static @Nullable String apply(Rule rule, int column, String text, List<Change> changes,
            List<KindMapping.Problem> problems) {
        // The common case, a value the rule keeps as it is, is answered by a method small enough for the
        // JIT to inline into the row loop; the rule itself runs only for values it may change or reject.
        return unchanged(rule, text) ? text : applyRule(rule, column, text, changes, problems);
    }

    /**
     * A shortcut that never contradicts the rule: true only when {@link #apply} would return {@code text}
     * itself without a change or a problem (an identifier of printable ASCII, without a lower-case ID check
     * {@code x}; a name that neither starts nor ends with white space and holds no disallowed control
     * character).
     */
    static boolean unchanged(Rule rule, String text) {
        switch (rule) {
            case FREE:
                return true;
            case CODE:
                return keptCode(text);
            case ID_NUMBER:
                return keptIdNumber(text);
            case NAME:
                return keptName(text);
            default:
                return false;
        }
    }

    /*
     * The checks below are one small loop each, so that the JIT inlines them where a column's rule is known
     * (KindMapping's plain-row path calls them directly).
     */

    /**
     * The shortcut of {@link Rule#CODE}: true only for a non-empty text of printable ASCII (U+0021..U+007E),
     * which NFKC, trimming and the control check all keep as it is.
     *
     * @param text a cell text
     * @return whether the rule keeps it unchanged without a warning
     */
    static boolean keptCode(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            // One unsigned comparison: U+0021..U+007E map to 0..0x5D, every other character above.
            if ((char) (text.charAt(i) - '!') > '~' - '!') {
                return false;
            }
        }
        return length > 0;
    }

    /**
     * The shortcut of {@link Rule#ID_NUMBER}: as {@link #keptCode}, without a lower-case check character
     * {@code x} (which the rule makes upper case).
     *
     * @param text a cell text
     * @return whether the rule keeps it unchanged without a warning
     */
    static boolean keptIdNumber(String text) {
        return keptCode(text) && !(text.length() == 18 && text.charAt(17) == 'x');
    }

    /**
     * The shortcut of {@link Rule#NAME}: true only for a text that neither starts nor ends with white space
     * and holds no control character but tab and line breaks.
     *
     * @param text a cell text
     * @return whether the rule keeps it unchanged without a warning
     */
    static boolean keptName(String text) {
        int length = text.length();
        if (length == 0 || mayBeWhiteSpace(text.charAt(0)) || mayBeWhiteSpace(text.charAt(length - 1))) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // Letters of most scripts (U+00A0 and above) are decided by the first comparison.
            if (c < 0xA0 && isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String applyRule(Rule rule, int column, String text, List<Change> changes,
            List<KindMapping.Problem> problems) {
        switch (rule) {
            case FREE:
                return text;
            case NAME:
                return name(column, text, changes, problems);
            case CODE:
                return code(column, text, changes, problems, false);
            case ID_NUMBER:
                return code(column, text, changes, problems, true);
            default:
                return list(column, text, changes, problems);
        }
    }

    private static @Nullable String name(int column, String text, List<Change> changes,
            List<KindMapping.Problem> problems) {
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                problems.add(control(column, c, i));
                return null;
            }
        }
        if (stripped.length() != text.length()) {
            changes.add(trim(column, text, stripped));
        }
        return stripped;
    }

    /**
     * False only for characters {@link Character#isWhitespace} rejects: every white-space character is at
     * most U+0020 or lies in U+1680..U+3000 (the Unicode space, line and paragraph separators).
     *
     * @param c a character
     * @return false when {@code c} is certainly no white space
     */
    public static boolean mayBeWhiteSpace(char c) {
        return c <= ' ' || c >= '\u1680' && c <= '\u3000';
    }

    /** Unicode category Cc: U+0000 to U+001F and U+007F to U+009F. */
    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    private static @Nullable String code(int column, String text, List<Change> changes,
            List<KindMapping.Problem> problems, boolean idNumber) {
        // One scan: printable ASCII without spaces (the common case) needs no further work; ASCII with
        // spaces or control characters needs no NFKC (ASCII is NFKC-normal), only the trim and the check.
        int length = text.length();
        boolean plain = true;
        boolean ascii = true;
        for (int i = 0; ascii && i < length; i++) {
            char c = text.charAt(i);
            plain &= c > ' ' && c < 0x7F;
            ascii = c < 0x80;
        }
        String value = text;
        if (!plain) {
            if (!ascii && !Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
                String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
                changes.add(new Change(column, text, n, ImportWarning.WIDTH,
                        "全角或兼容字符已转换为标准形式（NFKC）", "full-width or compatibility characters made standard (NFKC)"));
                value = n;
            }
            String stripped = value.strip();
            if (!stripped.equals(value)) {
                changes.add(trim(column, value, stripped));
                value = stripped;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (isControl(c) || c >= 0x80 && Character.getType(c) == Character.FORMAT) {
                    problems.add(control(column, c, i));
                    return null;
                }
            }
        }
        if (idNumber && value.length() == 18 && value.charAt(17) == 'x') {
            String upper = value.substring(0, 17) + 'X';
            changes.add(new Change(column, value, upper, ImportWarning.ID_CHECK_X, "身份证号末位校验码 x 已改为大写 X",
                    "check character x of the ID number made upper case X"));
            value = upper;
        }
        return value;
    }

    private static @Nullable String list(int column, String text, List<Change> changes,
            List<KindMapping.Problem> problems) {
        StringBuilder joined = new StringBuilder(text.length());
        List<Change> ignored = new java.util.ArrayList<>(0);
        for (String part : Escapes.split(text, ';', false)) {
            if (joined.length() > 0) {
                joined.append(';');
            }
            if (part.isEmpty()) {
                continue;
            }
            String n = code(column, part, ignored, problems, false);
            if (n == null) {
                return null;
            }
            joined.append(n.replace(";", "\\;"));
        }
        String result = joined.toString();
        if (!result.equals(text)) {
            boolean width = ignored.stream().anyMatch(c -> c.rule().equals(ImportWarning.WIDTH));
            changes.add(width ? new Change(column, text, result, ImportWarning.WIDTH,
                    "列表中的编号已去除首尾空白并转换为标准形式（NFKC）",
                    "identifiers of the list trimmed and made standard (NFKC)")
                    : new Change(column, text, result, ImportWarning.TRIM, "列表中的编号已去除首尾空白",
                            "identifiers of the list trimmed"));
        }
        return result;
    }

    private static Change trim(int column, String before, String after) {
        return new Change(column, before, after, ImportWarning.TRIM, "已去除首尾空白", "leading or trailing white space removed");
    }

    private static KindMapping.Problem control(int column, char c, int index) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return new KindMapping.Problem(column, "control",
                "含有控制字符 " + code + "（第 " + (index + 1) + " 个字符），编号、代码和姓名中不允许",
                "contains the control character " + code + " at character " + (index + 1)
                        + ", which ids, codes and names must not hold");
    }
}

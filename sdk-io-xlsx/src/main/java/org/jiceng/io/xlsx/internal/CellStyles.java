package org.jiceng.io.xlsx.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell formats (the {@code s} attribute of a cell, an index into {@code cellXfs}) show numbers as
 * dates or times: the built-in date formats 14-22, 27-36, 45-47 and 50-58 (the last ranges are the
 * Chinese, Japanese and Korean built-ins) and custom formats whose code, outside quoted text, escapes
 * and brackets, holds a date or time letter (y m d h s, or e for an era year).
 */
public final class CellStyles extends DefaultHandler {

    /** More cell formats than Excel allows (64,000) by a wide margin: a styles part beyond it is hostile. */
    static final int MAX_FORMATS = 1 << 20;

    private final Map<Integer, Boolean> customIsDate = new HashMap<>();
    private final BitSet dateStyles = new BitSet();
    private boolean inCellXfs;
    private int xf;

    /** @return styles for a workbook without a styles part: no cell is a date */
    public static CellStyles none() {
        return new CellStyles();
    }

    /**
     * @param style the cell's style index
     * @return whether the cell shows its number as a date or time
     */
    public boolean isDate(int style) {
        return style >= 0 && dateStyles.get(style);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (customIsDate.size() + xf > MAX_FORMATS) {
            throw new SAXException(new LimitExceeded("styles", "the styles part defines more than " + MAX_FORMATS
                    + " number or cell formats", "样式部件定义的数字或单元格格式超过 " + MAX_FORMATS + " 个"));
        }
        switch (localName) {
            case "numFmt" -> {
                Integer id = intOrNull(attributes.getValue("numFmtId"));
                String code = attributes.getValue("formatCode");
                if (id != null && code != null) {
                    customIsDate.put(id, isDateFormat(code));
                }
            }
            case "cellXfs" -> {
                inCellXfs = true;
                xf = 0;
            }
            case "xf" -> {
                if (inCellXfs) {
                    Integer id = intOrNull(attributes.getValue("numFmtId"));
                    if (id != null && isDateFormatId(id)) {
                        dateStyles.set(xf);
                    }
                    xf++;
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    private boolean isDateFormatId(int id) {
        Boolean custom = customIsDate.get(id);
        if (custom != null) {
            return custom;
        }
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    }

    /**
     * @param code a number format code, e.g. {@code yyyy"年"m"月"d"日"} or {@code 0.00}
     * @return whether it shows a date or time
     */
    static boolean isDateFormat(String code) {
        String section = code.split(";", -1)[0];
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '"') {
                int close = section.indexOf('"', i + 1);
                i = close < 0 ? section.length() : close;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = section.indexOf(']', i + 1);
                String inside = close < 0 ? "" : section.substring(i + 1, close).toLowerCase(Locale.ROOT);
                if (inside.matches("h+|m+|s+")) {
                    plain.append('h');
                }
                i = close < 0 ? section.length() : close;
            } else {
                plain.append(Character.toLowerCase(c));
            }
        }
        String p = plain.toString();
        if (p.contains("general") || p.contains("@")) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean exponent = c == 'e' && i + 1 < p.length() && (p.charAt(i + 1) == '+' || p.charAt(i + 1) == '-');
            if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's' || (c == 'e' && !exponent)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Integer intOrNull(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

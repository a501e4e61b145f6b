package org.jiceng.io.xlsx.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-strings table, held compactly: the characters in blocks of {@value #BLOCK} chars
 * (a string never spans two blocks) and one {@code long} position (block, start) per string, so memory is about two
 * bytes per character and eight per string, with no per-string object. The table is bounded while it is
 * parsed by {@code IoLimits.xlsxMaxSharedStringChars} and {@code xlsxMaxSharedStrings} (the count
 * declared in the part is ignored), and one string by {@code maxCellChars}: a part that would exceed them
 * ends the import with {@link LimitExceeded} instead of exhausting the heap.
 */
public final class SharedStrings extends DefaultHandler {

    static final int BLOCK = 1 << 16;

    private final String part;
    private final long maxChars;
    private final int maxStrings;
    private final int maxCellChars;
    private final List<char[]> blocks = new ArrayList<>();
    private long[] positions = new long[1024];
    private int count;
    private long chars;
    private char @Nullable [] current;
    private int used;
    private int[] blockEnds = new int[16];

    // Parse state: inside <si>, inside a <t> that is not in a phonetic run <rPh>.
    private boolean inItem;
    private boolean inText;
    private int phonetic;
    private final StringBuilder item = new StringBuilder();

    /**
     * @param part the part name, for messages
     * @param maxChars maximum characters of all strings together
     * @param maxStrings maximum number of strings
     * @param maxCellChars maximum characters of one string
     */
    public SharedStrings(String part, long maxChars, int maxStrings, int maxCellChars) {
        this.part = part;
        this.maxChars = maxChars;
        this.maxStrings = maxStrings;
        this.maxCellChars = maxCellChars;
    }

    /** @return an empty table, for workbooks without shared strings */
    public static SharedStrings none() {
        return new SharedStrings("(none)", 1, 1, 1);
    }

    /** @return how many strings the table holds */
    public int size() {
        return count;
    }

    /**
     * @param index a string's position in the table
     * @return the string
     * @throws IndexOutOfBoundsException when the table has no such string
     */
    public String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("shared string " + index + " of " + count);
        }
        long p = positions[index];
        int block = (int) (p >>> 32);
        int start = (int) p;
        int end = index + 1 < count && (int) (positions[index + 1] >>> 32) == block
                ? (int) positions[index + 1] : blockEnds[block];
        return new String(blocks.get(block), start, end - start);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                item.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "si" -> {
                inItem = false;
                add(item.indexOf("_x") < 0 ? item : new StringBuilder(XmlText.decode(item.toString())));
            }
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inText) {
            return;
        }
        if (item.length() + length > maxCellChars) {
            throw wrapped(new LimitExceeded(part, String.format(Locale.ROOT,
                    "shared string %,d is longer than %,d characters (IoLimits.maxCellChars)", count, maxCellChars),
                    String.format(Locale.ROOT, "第 %,d 个共享字符串超过 %,d 个字符（IoLimits.maxCellChars）", count,
                            maxCellChars)));
        }
        item.append(ch, start, length);
    }

    private void add(StringBuilder s) throws SAXException {
        int length = s.length();
        if (count >= maxStrings) {
            throw wrapped(new LimitExceeded(part, String.format(Locale.ROOT,
                    "the shared-strings table has more than %,d strings (IoLimits.xlsxMaxSharedStrings)", maxStrings),
                    String.format(Locale.ROOT, "共享字符串表超过 %,d 个字符串（IoLimits.xlsxMaxSharedStrings）",
                            maxStrings)));
        }
        if (chars + length > maxChars) {
            throw wrapped(new LimitExceeded(part, String.format(Locale.ROOT,
                    "the shared-strings table holds more than %,d characters (IoLimits.xlsxMaxSharedStringChars)",
                    maxChars), String.format(Locale.ROOT,
                    "共享字符串表超过 %,d 个字符（IoLimits.xlsxMaxSharedStringChars）", maxChars)));
        }
        if (current == null || used + length > current.length) {
            current = new char[Math.max(BLOCK, length)];
            blocks.add(current);
            used = 0;
            if (blocks.size() > blockEnds.length) {
                blockEnds = Arrays.copyOf(blockEnds, blockEnds.length * 2);
            }
        }
        s.getChars(0, length, current, used);
        if (count == positions.length) {
            positions = Arrays.copyOf(positions, count + (count >> 1));
        }
        positions[count++] = ((long) (blocks.size() - 1) << 32) | used;
        used += length;
        blockEnds[blocks.size() - 1] = used;
        chars += length;
    }

    private static SAXException wrapped(LimitExceeded e) {
        return new SAXException(e);
    }
}

package org.jiceng.benchmarks.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.StringArrayHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.internal.TextDecoding;

/**
 * The CSV parsers compared by {@link CsvParsePeersBenchmark}, each turning the same bytes into rows of
 * strings, and the roster they read. Every parser hands each row to a {@code (fields, count)} callback;
 * the fields array may be reused after the call.
 */
public final class CsvPeers {

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "欧阳", "司马", "𠮷"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "丽", "强", "䶮", "頔"};
    private static final String[] BRANCHES = {"前卫街道第一党支部", "碧鸡街道\"两新\"组织党支部", "马街街道社区党委",
        "金碧街道, 第二网格党小组", "福海街道退休党员党支部"};
    private static final String[] NOTES = {"", "", "", "流动党员", "已转出，待接收", "联系电话已更新\n原号码停用",
        "他说\"下周再来\"", "第一行\r\n第二行, 含逗号"};

    private CsvPeers() {
    }

    /**
     * A party-member roster as spreadsheet programs save it: a header, then one row per member with a
     * Chinese name (some of them rare characters outside the BMP), a valid-looking ID number and phone,
     * a branch name with commas and quotes, and notes with line breaks, all quoted where RFC 4180 needs it.
     *
     * @param rows number of data rows
     * @return the text, CRLF line ends
     */
    public static String roster(int rows) {
        StringBuilder s = new StringBuilder(rows * 110);
        s.append("序号,姓名,身份证号码,手机号码,所属支部,入党时间,备注\r\n");
        for (int i = 0; i < rows; i++) {
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i / 7) % GIVEN.length]
                    + (i % 3 == 0 ? "" : GIVEN[(i / 3) % GIVEN.length]);
            s.append(i + 1).append(',');
            field(s, name);
            s.append(',').append("5301021965").append(String.format(Locale.ROOT, "%02d%02d%03d", 1 + i % 12, 1 + i % 28,
                    i % 1000)).append(i % 11 == 0 ? 'X' : (char) ('0' + i % 10)).append(',');
            s.append("139").append(String.format(Locale.ROOT, "%08d", i)).append(',');
            field(s, BRANCHES[i % BRANCHES.length]);
            s.append(',').append(1980 + i % 45).append('-').append(String.format(Locale.ROOT, "%02d", 1 + i % 12))
                    .append("-01,");
            field(s, NOTES[i % NOTES.length]);
            s.append("\r\n");
        }
        return s.toString();
    }

    private static void field(StringBuilder s, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            s.append(value);
            return;
        }
        s.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /**
     * sdk-io's parser on sdk-io's strict decoding with charset detection, as {@code CsvFormat} reads.
     *
     * @param bytes the file
     * @param row receives each row
     * @throws IOException on a decoding error
     */
    public static void ours(byte[] bytes, BiConsumer<String[], Integer> row) throws IOException {
        try (org.jiceng.io.csv.CsvParser parser = new org.jiceng.io.csv.CsvParser(strict(bytes), ',',
                ImportOptions.defaults().limits(), "roster.csv")) {
            int n;
            while ((n = parser.next()) >= 0) {
                row.accept(parser.fields(), n);
            }
        }
    }

    /**
     * FastCSV decoding the bytes itself ({@code InputStreamReader}: invalid bytes become U+FFFD).
     *
     * @param bytes the file
     * @param charset the charset, which FastCSV cannot detect
     * @param row receives each row
     * @throws IOException on a read error
     */
    public static void fastCsv(byte[] bytes, Charset charset, BiConsumer<String[], Integer> row) throws IOException {
        try (CsvReader<String[]> reader = CsvReader.builder().build(StringArrayHandler.of(),
                new ByteArrayInputStream(bytes), charset)) {
            for (String[] fields : reader) {
                row.accept(fields, fields.length);
            }
        }
    }

    /**
     * FastCSV on sdk-io's strict decoding (what sdk-io would run if it used FastCSV).
     *
     * @param bytes the file
     * @param row receives each row
     * @throws IOException on a decoding error
     */
    public static void fastCsvStrict(byte[] bytes, BiConsumer<String[], Integer> row) throws IOException {
        try (CsvReader<String[]> reader = CsvReader.builder().build(StringArrayHandler.of(), strict(bytes))) {
            for (String[] fields : reader) {
                row.accept(fields, fields.length);
            }
        }
    }

    /**
     * Jackson's streaming CSV parser decoding the bytes itself: UTF-8 with its own decoder, other charsets
     * through an {@code InputStreamReader} (invalid bytes become U+FFFD).
     *
     * @param bytes the file
     * @param charset the charset, which Jackson cannot detect beyond UTF-8/16/32
     * @param row receives each row
     * @throws IOException on a parse error
     */
    public static void jackson(byte[] bytes, Charset charset, BiConsumer<String[], Integer> row) throws IOException {
        CsvFactory factory = new CsvFactory();
        try (CsvParser parser = charset.equals(StandardCharsets.UTF_8) ? factory.createParser(bytes)
                : factory.createParser(new InputStreamReader(new ByteArrayInputStream(bytes), charset))) {
            rows(parser, row);
        }
    }

    /**
     * Jackson's streaming CSV parser on sdk-io's strict decoding.
     *
     * @param bytes the file
     * @param row receives each row
     * @throws IOException on a parse or decoding error
     */
    public static void jacksonStrict(byte[] bytes, BiConsumer<String[], Integer> row) throws IOException {
        try (CsvParser parser = new CsvFactory().createParser(strict(bytes))) {
            rows(parser, row);
        }
    }

    /** Without a schema Jackson exposes each record as an array of strings. */
    private static void rows(CsvParser parser, BiConsumer<String[], Integer> row) throws IOException {
        String[] fields = new String[16];
        int n = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.START_ARRAY) {
                n = 0;
            } else if (token == JsonToken.VALUE_STRING) {
                if (n == fields.length) {
                    fields = java.util.Arrays.copyOf(fields, n * 2);
                }
                fields[n++] = parser.getText();
            } else if (token == JsonToken.END_ARRAY) {
                row.accept(fields, n);
            }
        }
    }

    private static Reader strict(byte[] bytes) throws IOException {
        return TextDecoding.open(new ByteArrayInputStream(bytes), null).reader();
    }

    /**
     * @param parse one of the parsers above, as a function of the bytes
     * @param bytes the file
     * @return every row as a list
     * @throws IOException as the parser throws
     */
    public static List<List<String>> collect(Parse parse, byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        parse.parse(bytes, (fields, n) -> rows.add(List.of(java.util.Arrays.copyOf(fields, n))));
        return rows;
    }

    /** A parser as a function of the bytes. */
    @FunctionalInterface
    public interface Parse {
        /**
         * @param bytes the file
         * @param row receives each row
         * @throws IOException as the parser throws
         */
        void parse(byte[] bytes, BiConsumer<String[], Integer> row) throws IOException;
    }
}

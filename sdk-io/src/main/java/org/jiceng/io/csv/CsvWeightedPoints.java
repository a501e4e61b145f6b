package org.jiceng.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.geojson.WeightedPointImport;
import org.jiceng.io.internal.TextDecoding;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;

/**
 * Reads weighted points (buildings with their household counts, for {@code PartitionRequest.of(points, k)})
 * from CSV: a header row with the columns {@code id, lon, lat, households} or {@code 编号, 经度, 纬度, 户数}
 * (any order, case-insensitive, other columns reported once and ignored), then one point per row. The text
 * is decoded as {@link CsvFormat} does (UTF-8 with or without BOM, or GB18030, detected or declared) and
 * parsed as RFC 4180 with {@link ImportOptions#delimiter()} and {@link ImportOptions#limits()}.
 *
 * <p>Every data row is accepted or reported: an empty id, an id seen before, a longitude or latitude that is
 * not a number or not a WGS-84 position, a household count that is not a whole number {@code >= 0}, or a row
 * with fewer cells than the header each become a {@link RowError} naming the line, the column as written
 * and the value. Blank lines are skipped. A file without such a header fails with an
 * {@link ImportException} ({@code UNMAPPABLE}) that names the header it found.
 *
 * <pre>{@code
 * WeightedPointImport read = CsvWeightedPoints.read(ImportSource.of(path), ImportOptions.defaults());
 * read.report().errors().forEach(e -> System.err.println(e.describe()));
 * Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(read.points(), 40));
 * }</pre>
 */
public final class CsvWeightedPoints {

    /** The fields in their canonical order; the English column names. */
    private static final List<String> FIELDS = List.of("id", "lon", "lat", "households");
    /** The Chinese column names, by field index. */
    private static final List<String> FIELDS_ZH = List.of("编号", "经度", "纬度", "户数");
    private static final Map<String, Integer> HEADERS = Map.of("id", 0, "编号", 0, "lon", 1, "经度", 1,
            "lat", 2, "纬度", 2, "households", 3, "户数", 3);

    private CsvWeightedPoints() {
    }

    /**
     * Reads every row; {@link ImportOptions#errorPolicy()} decides whether reading stops at an error.
     *
     * @param source the CSV file or stream
     * @param options import options (charset, delimiter, limits, error policy)
     * @return the accepted points in file order and the report of every rejected row
     * @throws ImportException when the source cannot be read, is not text in the charset, breaks a limit,
     *     or has no header with the four columns
     */
    public static WeightedPointImport read(ImportSource source, ImportOptions options) {
        List<WeightedPoint> points = new java.util.ArrayList<>();
        ImportReport report = Importer.of(new Reader(), options).stream(source, record -> {
            if (record instanceof WeightedPoint point) {
                points.add(point);
            }
        });
        return new WeightedPointImport(points, report);
    }

    /** The reading half of a format provider, so that the importer counts, caps and reports as for any format. */
    private static final class Reader implements FormatProvider {

        @Override
        public String name() {
            return CsvFormat.NAME;
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("csv");
        }

        @Override
        public boolean canWrite() {
            return false;
        }

        @Override
        public FormatWriter openWriter(OutputStream out, ExportOptions options) {
            throw new UnsupportedOperationException("CsvWeightedPoints only reads");
        }

        @Override
        public void read(ImportSource source, ImportOptions options, ReadSink sink) {
            String name = source.name();
            CsvParser parser = null;
            try (InputStream in = source.open()) {
                TextDecoding.Decoded text = TextDecoding.open(in, options.charset().orElse(null));
                sink.encoding(text.charset());
                if (text.ambiguous()) {
                    sink.warn(ImportWarning.ambiguousEncoding(name));
                }
                parser = new CsvParser(text.reader(), options.delimiter(), options.limits(), name);
                int n;
                Header header = null;
                while (header == null && (n = parser.next()) >= 0) {
                    if (!blank(parser.fields(), n)) {
                        header = Header.of(parser.fields(), n, SourceLocation.line(name, parser.recordLine(), 0), sink);
                    }
                }
                if (header == null) {
                    throw new ImportException(ImportException.Kind.UNMAPPABLE, SourceLocation.of(name),
                            "the file is empty; expected a header id, lon, lat, households (or 编号, 经度, 纬度, 户数)",
                            "文件为空；应有表头 编号, 经度, 纬度, 户数（或 id, lon, lat, households）", null);
                }
                Set<String> ids = new HashSet<>();
                long row = 0;
                while ((n = parser.next()) >= 0) {
                    if (blank(parser.fields(), n)) {
                        continue;
                    }
                    row++;
                    SourceLocation where = SourceLocation.line(name, parser.recordLine(), row);
                    if (!header.emit(parser.fields(), n, where, ids, sink)) {
                        break;
                    }
                }
                sink.encoding(text.charset());
            } catch (IOException e) {
                throw CsvFormat.readFailure(name, parser, options, e);
            }
        }

        private static boolean blank(String[] fields, int n) {
            for (int i = 0; i < n; i++) {
                if (!fields[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The header: for each field the column index and the column name as written.
     */
    private record Header(int[] columns, String[] names, int width) {

        static Header of(String[] cells, int n, SourceLocation where, ReadSink sink) {
            int[] columns = {-1, -1, -1, -1};
            String[] names = new String[FIELDS.size()];
            for (int i = 0; i < n; i++) {
                String written = i == 0 ? cells[i].replace("\uFEFF", "").trim() : cells[i].trim();
                Integer field = HEADERS.get(written.toLowerCase(Locale.ROOT));
                if (field != null && columns[field] < 0) {
                    columns[field] = i;
                    names[field] = written;
                } else {
                    sink.warn(new ImportWarning(where, Optional.of(written), Optional.empty(), Optional.empty(),
                            ImportWarning.COLUMN_IGNORED, "列「" + written + "」不是加权点的字段，未导入",
                            "column '" + written + "' is not a weighted-point field and was not imported"));
                }
            }
            for (int f = 0; f < FIELDS.size(); f++) {
                if (columns[f] < 0) {
                    List<String> found = java.util.Arrays.asList(cells).subList(0, n);
                    throw new ImportException(ImportException.Kind.UNMAPPABLE, where,
                            "the header " + found + " has no '" + FIELDS.get(f) + "' (" + FIELDS_ZH.get(f)
                                    + ") column; expected id, lon, lat, households (or 编号, 经度, 纬度, 户数)",
                            "表头 " + found + " 缺少「" + FIELDS_ZH.get(f) + "」（" + FIELDS.get(f)
                                    + "）列；应为 编号, 经度, 纬度, 户数（或 id, lon, lat, households）", null);
                }
            }
            return new Header(columns, names, n);
        }

        /** @return false when the sink asks to stop */
        boolean emit(String[] cells, int n, SourceLocation where, Set<String> ids, ReadSink sink) {
            if (n < width) {
                return sink.reject(SourceRow.at(where), List.of(new RowError(where, Optional.empty(), Optional.empty(),
                        "columns", "该行只有 " + n + " 个单元格，表头有 " + width + " 个",
                        "the row has " + n + " cells, the header has " + width)));
            }
            String[] raw = new String[FIELDS.size()];
            for (int f = 0; f < raw.length; f++) {
                raw[f] = cells[columns[f]];
            }
            List<RowError> errors = new java.util.ArrayList<>(1);
            String id = raw[0].trim();
            if (id.isEmpty()) {
                errors.add(error(where, 0, raw, "required", "编号为空", "the id is empty"));
            } else if (!ids.add(id)) {
                errors.add(error(where, 0, raw, "unique-id", "编号 " + id + " 重复出现", "id " + id + " appears twice"));
            }
            double lon = coordinate(where, 1, raw, -180, 180, errors);
            double lat = coordinate(where, 2, raw, -90, 90, errors);
            long households = -1;
            try {
                households = Long.parseLong(raw[3].trim());
                if (households < 0) {
                    errors.add(error(where, 3, raw, "format", "户数 " + households + " 为负数",
                            "households " + households + " is negative"));
                }
            } catch (NumberFormatException e) {
                errors.add(error(where, 3, raw, "format", "户数「" + raw[3] + "」不是整数",
                        "households '" + raw[3] + "' is not a whole number"));
            }
            if (!errors.isEmpty()) {
                return sink.reject(row(where, raw), errors);
            }
            return sink.accept(new WeightedPoint(id, lon, lat, households), row(where, raw));
        }

        /** A WGS-84 degree in [min, max] (latitude: open at the poles, as {@link WeightedPoint} requires). */
        private double coordinate(SourceLocation where, int f, String[] raw, double min, double max,
                List<RowError> errors) {
            double value;
            try {
                value = Double.parseDouble(raw[f].trim());
            } catch (NumberFormatException e) {
                errors.add(error(where, f, raw, "format", FIELDS_ZH.get(f) + "「" + raw[f] + "」不是数字",
                        FIELDS.get(f) + " '" + raw[f] + "' is not a number"));
                return Double.NaN;
            }
            boolean latitude = f == 2;
            if (!Double.isFinite(value) || value < min || value > max || (latitude && (value == min || value == max))) {
                errors.add(error(where, f, raw, "format", FIELDS_ZH.get(f) + " " + raw[f].trim() + " 不是 WGS-84 "
                        + (latitude ? "纬度 (-90, 90)" : "经度 [-180, 180]"), FIELDS.get(f) + " " + raw[f].trim()
                        + " is not a WGS-84 " + (latitude ? "latitude in (-90, 90)" : "longitude in [-180, 180]")));
            }
            return value;
        }

        private RowError error(SourceLocation where, int f, String[] raw, String rule, String zh, String en) {
            return new RowError(where, Optional.of(names[f]), Optional.of(raw[f]), rule, zh, en);
        }

        private SourceRow row(SourceLocation where, String[] raw) {
            return new SourceRow() {
                @Override
                public SourceLocation location() {
                    return where;
                }

                @Override
                public Optional<String> columnOf(String field) {
                    int f = field.equals("weight") ? 3 : FIELDS.indexOf(field);
                    return f < 0 ? Optional.empty() : Optional.of(names[f]);
                }

                @Override
                public Optional<String> rawValueOf(String field) {
                    int f = field.equals("weight") ? 3 : FIELDS.indexOf(field);
                    return f < 0 ? Optional.empty() : Optional.of(raw[f]);
                }
            };
        }
    }
}

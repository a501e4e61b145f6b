package org.jiceng.examples.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonOptions;
import org.jiceng.io.geojson.WeightedPointImport;
import org.jiceng.io.spi.ImportSource;

/**
 * Reads weighted points (buildings with household counts) for the {@code partition} subcommand: a CSV
 * with the columns {@code id, lon, lat, households} (or 编号, 经度, 纬度, 户数) or a GeoJSON
 * FeatureCollection of Points with a {@code households} (户数) property, read with
 * {@link GeoJson#readWeightedPoints}. Every problem names the line or feature, the column and the value.
 */
final class PointsFile {

    private static final Map<String, String> HEADERS = Map.of("id", "id", "编号", "id", "lon", "lon", "经度", "lon",
            "lat", "lat", "纬度", "lat", "households", "households", "户数", "households");

    private PointsFile() {
    }

    static List<WeightedPoint> read(Path file, String ext) throws IOException {
        return ext.equals("csv") ? csv(file) : geojson(file);
    }

    private static List<WeightedPoint> csv(Path file) throws IOException {
        List<WeightedPoint> points = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw bad(Text.of("msg.input.empty", file));
            }
            String[] names = header.replace("\uFEFF", "").split(",", -1);
            int[] column = {-1, -1, -1, -1};
            List<String> fields = List.of("id", "lon", "lat", "households");
            for (int i = 0; i < names.length; i++) {
                String field = HEADERS.get(names[i].trim().toLowerCase(Locale.ROOT));
                if (field != null) {
                    column[fields.indexOf(field)] = i;
                }
            }
            for (int f = 0; f < fields.size(); f++) {
                if (column[f] < 0) {
                    throw bad(Text.of("msg.points.noColumn", file, List.of(names), fields.get(f)));
                }
            }
            Set<String> ids = new HashSet<>();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Text where = Text.of("msg.points.where", file, lineNo);
                if (cells.length < names.length) {
                    throw bad(Text.of("msg.points.cells", where, cells.length, names.length));
                }
                String id = cells[column[0]].trim();
                if (!ids.add(id)) {
                    throw bad(Text.of("msg.points.duplicateId", where, id));
                }
                points.add(point(where, id, cells[column[1]], cells[column[2]], cells[column[3]]));
            }
        }
        return points;
    }

    /** Through the SDK's reader: the first rejected feature is the error, named by pointer, member and value. */
    private static List<WeightedPoint> geojson(Path file) {
        WeightedPointImport read;
        try {
            read = GeoJson.readWeightedPoints(ImportSource.of(file), ImportOptions.defaults().stopOnFirstError(),
                    GeoJsonOptions.defaults());
        } catch (ImportException e) {
            throw bad(Text.bilingual(e.getMessage(), e.location().describeZh() + "：" + e.messageZh()));
        }
        if (!read.report().errors().isEmpty()) {
            var first = read.report().errors().get(0);
            throw bad(Text.bilingual(first.describe(), first.describeZh()));
        }
        return read.points();
    }

    private static WeightedPoint point(Text where, String id, String lon, String lat, String households) {
        if (id.isBlank()) {
            throw bad(Text.of("msg.points.emptyId", where));
        }
        double x = number(where, "lon", lon);
        double y = number(where, "lat", lat);
        if (x < -180 || x > 180 || y < -90 || y > 90) {
            throw bad(Text.of("msg.points.notLonLat", where, String.valueOf(x), String.valueOf(y)));
        }
        long w;
        try {
            w = Long.parseLong(households.trim());
        } catch (NumberFormatException e) {
            throw bad(Text.of("msg.points.notWhole", where, households));
        }
        if (w < 0) {
            throw bad(Text.of("msg.points.negative", where, w));
        }
        return new WeightedPoint(id, x, y, w);
    }

    private static double number(Text where, String column, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw bad(Text.of("msg.points.notNumber", where, column, text));
        }
    }

    private static InputFile.BadInputException bad(Text message) {
        return new InputFile.BadInputException(message);
    }
}

package org.jiceng.examples.demo;

import java.nio.file.Path;
import java.util.List;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.csv.CsvWeightedPoints;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonOptions;
import org.jiceng.io.geojson.WeightedPointImport;
import org.jiceng.io.spi.ImportSource;

/**
 * Reads weighted points (buildings with household counts) for the {@code partition} subcommand through the
 * SDK's readers: a CSV with the columns {@code id, lon, lat, households} (or 编号, 经度, 纬度, 户数), read
 * with {@link CsvWeightedPoints#read}, or a GeoJSON FeatureCollection of Points with a {@code households}
 * (户数) property, read with {@link GeoJson#readWeightedPoints}. The first rejected row is the error, named by
 * line or feature, column and value.
 */
final class PointsFile {

    private PointsFile() {
    }

    static List<WeightedPoint> read(Path file, String ext) {
        ImportOptions options = ImportOptions.defaults().stopOnFirstError();
        WeightedPointImport read;
        try {
            read = ext.equals("csv") ? CsvWeightedPoints.read(ImportSource.of(file), options)
                    : GeoJson.readWeightedPoints(ImportSource.of(file), options, GeoJsonOptions.defaults());
        } catch (ImportException e) {
            throw bad(Text.bilingual(e.getMessage(), e.location().describeZh() + "：" + e.messageZh()));
        }
        if (!read.report().errors().isEmpty()) {
            var first = read.report().errors().get(0);
            throw bad(Text.bilingual(first.describe(), first.describeZh()));
        }
        return read.points();
    }

    private static InputFile.BadInputException bad(Text message) {
        return new InputFile.BadInputException(message);
    }
}

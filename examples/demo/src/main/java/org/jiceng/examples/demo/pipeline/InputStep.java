package org.jiceng.examples.demo.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jiceng.core.model.Dataset;
import org.jiceng.examples.demo.generate.BuildingSite;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonDocument;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes {@code input/}: the synthetic district UNMASKED, meant to be imported again (the README's
 * "Using the SDK" code and {@code examples/quickstart} read it). The masked exports next to it are for
 * showing; masked ID numbers cannot be imported back. Layout:
 * <ul>
 * <li>{@code district/*.csv}: one CSV per record kind, for {@code Importer.read(folder)};</li>
 * <li>{@code grids.geojson}: the grid polygons only, for {@code GeoJson.readBoundaries(file).gridShapes()};</li>
 * <li>{@code buildings.geojson}: the buildings of one community as Point features with a
 *     {@code households} property, for {@code GeoJson.readWeightedPoints};</li>
 * <li>{@code README.txt}: says that every person in it is invented.</li>
 * </ul>
 */
final class InputStep {

    /** The folder name under the output folder. */
    static final String FOLDER = "input";

    private InputStep() {
    }

    /**
     * Creates {@code input/district/} and writes {@code input/README.txt}.
     *
     * @param out the output folder
     * @return the README, relative to {@code out}
     * @throws IOException when the folder or file cannot be written
     */
    static String readme(Path out) throws IOException {
        Files.createDirectories(district(out));
        Path readme = out.resolve(FOLDER).resolve("README.txt");
        Files.writeString(readme, README, StandardCharsets.UTF_8);
        return ExportStep.relative(out, readme);
    }

    /**
     * @param out the output folder
     * @return the folder of the unmasked CSV files, {@code input/district}
     */
    static Path district(Path out) {
        return out.resolve(FOLDER).resolve("district");
    }

    /** @return the export options of {@code input/}: personal data unmasked, so that it can be imported again */
    static ExportOptions options() {
        return ExportOptions.defaults().unmasked();
    }

    /**
     * @param out the output folder
     * @param dataset the generated records plus the grids
     * @param gridPolygons grid polygons by grid code, in lon/lat
     * @return {@code input/grids.geojson}, relative to {@code out}
     * @throws IOException when it cannot be written
     */
    static String grids(Path out, Dataset dataset, Map<String, Geometry> gridPolygons) throws IOException {
        Path grids = out.resolve(FOLDER).resolve("grids.geojson");
        GeoJson.write(new GeoJsonDocument(List.of(), dataset.grids(),
                ExportStep.gridBoundaries(dataset.grids(), gridPolygons)), grids);
        return ExportStep.relative(out, grids);
    }

    /**
     * @param out the output folder
     * @param buildings every generated building
     * @return {@code input/buildings.geojson}, relative to {@code out}
     * @throws IOException when it cannot be written
     */
    static String buildings(Path out, List<BuildingSite> buildings) throws IOException {
        Path points = out.resolve(FOLDER).resolve("buildings.geojson");
        writeBuildings(firstCommunity(buildings), points);
        return ExportStep.relative(out, points);
    }

    /** The buildings of the community with the smallest id: a size the quickstart partitions in a moment. */
    private static List<BuildingSite> firstCommunity(List<BuildingSite> buildings) {
        return buildings.stream().min(Comparator.comparing(BuildingSite::communityId))
                .map(first -> buildings.stream().filter(b -> b.communityId().equals(first.communityId())).toList())
                .orElse(List.of());
    }

    private static void writeBuildings(List<BuildingSite> buildings, Path file) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (BuildingSite b : buildings) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeStringField("id", b.areaId());
                json.writeObjectFieldStart("geometry");
                json.writeStringField("type", "Point");
                json.writeArrayFieldStart("coordinates");
                json.writeNumber(b.lon());
                json.writeNumber(b.lat());
                json.writeEndArray();
                json.writeEndObject();
                json.writeObjectFieldStart("properties");
                json.writeNumberField("households", b.households());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static final String README = """
            SYNTHETIC DATA - 合成数据，非真实个人信息
            ==========================================

            Every person, ID number, phone number and address in this folder was invented by the Jiceng
            demo generator (jiceng-demo). Nothing here describes a real person. It is written UNMASKED on
            purpose, so that it can be imported again: the masked exports next to this folder (csv/,
            jiceng-district.xlsx) are for showing and cannot be read back.

            本目录中的人员、身份证号、电话和地址均由 Jiceng 演示程序随机生成，不对应任何真实个人。
            为了能再次导入，这里不做脱敏；用于展示的脱敏导出在上一级目录（csv/、jiceng-district.xlsx）。

            district/           one CSV per record kind     Importer.read(Path.of("district"))
            grids.geojson       grid polygons               GeoJson.readBoundaries(file).gridShapes()
            buildings.geojson   one community's buildings   GeoJson.readWeightedPoints(...)
                                (Point + households)

            Run examples/quickstart on this folder to try the SDK.
            """;
}

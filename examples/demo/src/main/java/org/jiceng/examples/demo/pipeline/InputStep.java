package org.jiceng.examples.demo.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Grid;
import org.jiceng.examples.demo.generate.BuildingSite;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
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
     * @param out the output folder
     * @param dataset the generated records plus the grids
     * @param gridPolygons grid polygons by grid code, in lon/lat
     * @param buildings every generated building
     * @return the files written, relative to {@code out}
     * @throws IOException when a file cannot be written
     */
    static List<String> run(Path out, Dataset dataset, Map<String, Geometry> gridPolygons,
            List<BuildingSite> buildings) throws IOException {
        List<String> files = new ArrayList<>();
        Path input = out.resolve(FOLDER);
        Path district = input.resolve("district");
        Files.createDirectories(district);
        Path readme = input.resolve("README.txt");
        Files.writeString(readme, README, StandardCharsets.UTF_8);
        files.add(relative(out, readme));
        for (Path p : Exporter.of(Formats.forName("csv"), ExportOptions.defaults().unmasked()).writeTo(dataset, district)) {
            files.add(relative(out, p));
        }

        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        for (Grid g : dataset.grids()) {
            Geometry polygon = gridPolygons.get(g.code());
            if (polygon != null) {
                boundaries.put(g.geometryRef().orElse(g.id()), Boundaries.of(polygon));
            }
        }
        Path grids = input.resolve("grids.geojson");
        GeoJson.write(new GeoJsonDocument(List.of(), dataset.grids(), boundaries), grids);
        files.add(relative(out, grids));

        Path points = input.resolve("buildings.geojson");
        writeBuildings(firstCommunity(buildings), points);
        files.add(relative(out, points));
        return files;
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

    private static String relative(Path out, Path file) {
        return out.relativize(file).toString().replace('\\', '/');
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

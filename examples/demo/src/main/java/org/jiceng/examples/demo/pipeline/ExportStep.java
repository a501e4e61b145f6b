package org.jiceng.examples.demo.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.cases.Case;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonDocument;
import org.jiceng.io.open311.Open311Json;
import org.jiceng.io.open311.Open311Mapping;
import org.jiceng.io.spi.TableColumns;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes the exports through the SDK's format providers, personal data masked (the default): one CSV
 * per record kind, one XLSX workbook (every kind but the events, which do not belong in a spreadsheet
 * at half a million rows), the grids and communities as GeoJSON and the cases as Open311 GeoReport v2.
 *
 * <p>Each file is written by its own call, so that the pipeline can write them side by side; each call
 * returns the file it wrote, relative to the output folder. A CSV file is written exactly as
 * {@link Exporter#writeTo} writes it into a folder (same name, same bytes).
 */
final class ExportStep {

    /** The folder of the masked CSV files under the output folder. */
    static final String CSV_FOLDER = "csv";
    /** The workbook. */
    static final String XLSX_FILE = "jiceng-district.xlsx";
    /** Communities and grids with their polygons. */
    static final String GEOJSON_FILE = "grids.geojson";
    /** The cases as Open311 service requests. */
    static final String OPEN311_FILE = "open311-requests.json";

    private ExportStep() {
    }

    /**
     * The records of a dataset grouped by kind, in {@link RecordKind} order, empty kinds left out (the files
     * {@link Exporter#writeTo} would write into a folder).
     *
     * @param dataset the records
     * @return one list per kind
     */
    static Map<RecordKind, List<? extends Record>> byKind(Dataset dataset) {
        List<List<? extends Record>> lists = List.of(dataset.areas(), dataset.organizations(), dataset.persons(),
                dataset.partyMembers(), dataset.memberships(), dataset.posts(), dataset.cadres(),
                dataset.stationedUnits(), dataset.socialOrganizations(), dataset.grids(), dataset.events());
        Map<RecordKind, List<? extends Record>> byKind = new java.util.TreeMap<>(Comparator.comparing(Enum::ordinal));
        for (List<? extends Record> list : lists) {
            if (!list.isEmpty()) {
                byKind.put(RecordKind.of(list.get(0)), list);
            }
        }
        return byKind;
    }

    /**
     * Writes one CSV file of one kind into a folder, named as {@link Exporter#writeTo} names it.
     *
     * @param out the output folder
     * @param folder the folder of the file (exists)
     * @param options masked or not
     * @param kind the kind
     * @param records the records, all of that kind
     * @return the file written, relative to {@code out}
     * @throws IOException when the file cannot be written
     */
    static String csv(Path out, Path folder, ExportOptions options, RecordKind kind, List<? extends Record> records)
            throws IOException {
        Path file = folder.resolve(TableColumns.of(kind, options, false).sectionName() + ".csv");
        try (OutputStream o = Files.newOutputStream(file)) {
            Exporter.of(Formats.forName("csv"), options).write(records, o);
        }
        return relative(out, file);
    }

    /**
     * Copies a file written by the export into another folder, under the same name.
     *
     * @param out the output folder
     * @param file the file, relative to {@code out}
     * @param folder the folder to copy it into (exists)
     * @return the copy, relative to {@code out}
     * @throws IOException when it cannot be copied
     */
    static String copy(Path out, String file, Path folder) throws IOException {
        Path source = out.resolve(file);
        Path copy = folder.resolve(source.getFileName().toString());
        Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return relative(out, copy);
    }

    /**
     * @param out the output folder
     * @param dataset the generated records plus the grids
     * @return the workbook, relative to {@code out}
     * @throws IOException when it cannot be written
     */
    static String xlsx(Path out, Dataset dataset) throws IOException {
        Dataset workbook = new Dataset(dataset.areas(), dataset.organizations(), dataset.persons(),
                dataset.partyMembers(), dataset.memberships(), dataset.posts(), dataset.cadres(),
                dataset.stationedUnits(), dataset.socialOrganizations(), dataset.grids(), List.of());
        Path xlsx = out.resolve(XLSX_FILE);
        Exporter.of(Formats.forName("xlsx"), ExportOptions.defaults()).writeTo(workbook, xlsx);
        return relative(out, xlsx);
    }

    /**
     * @param out the output folder
     * @param dataset the generated records plus the grids
     * @param communityShapes community boundaries
     * @param gridPolygons grid polygons by grid code, in lon/lat
     * @return the GeoJSON file, relative to {@code out}
     * @throws IOException when it cannot be written
     */
    static String geojson(Path out, Dataset dataset, Map<String, Geometry> communityShapes,
            Map<String, Geometry> gridPolygons) throws IOException {
        List<Area> communities = dataset.areas().stream().filter(a -> a.level() == AreaLevel.COMMUNITY)
                .map(a -> a.withGeometryRef(a.id())).toList();
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        for (Area c : communities) {
            boundaries.put(c.id(), communityShapes.get(c.id()));
        }
        boundaries.putAll(gridBoundaries(dataset.grids(), gridPolygons));
        Path geojson = out.resolve(GEOJSON_FILE);
        GeoJson.write(new GeoJsonDocument(communities, dataset.grids(), boundaries), geojson);
        return relative(out, geojson);
    }

    /**
     * @param out the output folder
     * @param cases the replayed cases
     * @return the Open311 file, relative to {@code out}
     * @throws IOException when it cannot be written
     */
    static String open311(Path out, List<Case> cases) throws IOException {
        Path requests = out.resolve(OPEN311_FILE);
        try (OutputStream o = Files.newOutputStream(requests)) {
            Open311Json.writeCases(cases, Open311Mapping.using(SituationCatalogue.defaults()), o);
        }
        return relative(out, requests);
    }

    /**
     * @param grids the grids
     * @param gridPolygons grid polygons by grid code, in lon/lat
     * @return each grid's boundary by its geometry reference, in grid order
     */
    static Map<String, Geometry> gridBoundaries(List<Grid> grids, Map<String, Geometry> gridPolygons) {
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        for (Grid g : grids) {
            Geometry polygon = gridPolygons.get(g.code());
            if (polygon != null) {
                boundaries.put(g.geometryRef().orElse(g.id()), Boundaries.of(polygon));
            }
        }
        return boundaries;
    }

    /**
     * @param messages the run's language
     * @param written the files written by the export and by {@link InputStep}, relative to the output folder
     * @param inputFiles how many of them are in {@code input/}
     * @return the step's one-line result
     */
    static String detail(org.jiceng.examples.demo.Messages messages, List<String> written, int inputFiles) {
        List<String> shown = new ArrayList<>(written.subList(0, written.size() - inputFiles));
        shown.add(messages.get("msg.detail.export.input", InputStep.FOLDER, inputFiles));
        return messages.get("msg.detail.export", shown.size(), String.join(", ", shown.stream()
                .map(f -> f.startsWith(CSV_FOLDER + "/") ? CSV_FOLDER + "/" : f).distinct().toList()));
    }

    static String relative(Path out, Path file) {
        return out.relativize(file).toString().replace('\\', '/');
    }
}

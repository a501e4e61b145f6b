package org.jiceng.examples.demo.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.cases.Case;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.io.open311.Open311Mapping;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Grid;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonDocument;
import org.jiceng.io.open311.Open311Json;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes the exports through the SDK's format providers, personal data masked (the default): one CSV
 * per record kind, one XLSX workbook (every kind but the events, which do not belong in a spreadsheet
 * at half a million rows), the grids and communities as GeoJSON and the cases as Open311 GeoReport v2.
 */
final class ExportStep {


    /** The parts of the export, as {@link #run} counts them. */
    static final int PARTS = 4;

    private ExportStep() {
    }

    /**
     * @param out the output folder
     * @param dataset the generated records plus the grids
     * @param communityShapes community boundaries
     * @param gridPolygons grid polygons by grid code, in lon/lat
     * @param cases the replayed cases, when the cases step ran
     * @param counter counts the {@value #PARTS} parts (CSV, XLSX, GeoJSON, Open311) as each is written
     * @return the files written, relative to {@code out}
     * @throws IOException when a file cannot be written
     */
    static List<String> run(Path out, Dataset dataset, Map<String, Geometry> communityShapes,
            Map<String, Geometry> gridPolygons, List<Case> cases, Progress.Counter counter) throws IOException {
        List<String> files = new ArrayList<>();
        ExportOptions options = ExportOptions.defaults();
        Path csv = out.resolve("csv");
        Files.createDirectories(csv);
        for (Path p : Exporter.of(Formats.forName("csv"), options).writeTo(dataset, csv)) {
            files.add(out.relativize(p).toString().replace('\\', '/'));
        }
        counter.add(1);
        Dataset workbook = new Dataset(dataset.areas(), dataset.organizations(), dataset.persons(),
                dataset.partyMembers(), dataset.memberships(), dataset.posts(), dataset.cadres(),
                dataset.stationedUnits(), dataset.socialOrganizations(), dataset.grids(), List.of());
        Path xlsx = out.resolve("jiceng-district.xlsx");
        Exporter.of(Formats.forName("xlsx"), options).writeTo(workbook, xlsx);
        files.add(out.relativize(xlsx).toString());
        counter.add(1);

        List<Area> communities = dataset.areas().stream().filter(a -> a.level() == AreaLevel.COMMUNITY)
                .map(a -> a.withGeometryRef(a.id())).toList();
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        for (Area c : communities) {
            boundaries.put(c.id(), communityShapes.get(c.id()));
        }
        for (Grid g : dataset.grids()) {
            Geometry polygon = gridPolygons.get(g.code());
            if (polygon != null) {
                boundaries.put(g.geometryRef().orElse(g.id()), Boundaries.of(polygon));
            }
        }
        Path geojson = out.resolve("grids.geojson");
        GeoJson.write(new GeoJsonDocument(communities, dataset.grids(), boundaries), geojson);
        files.add(out.relativize(geojson).toString());
        counter.add(1);

        if (!cases.isEmpty()) {
            Path requests = out.resolve("open311-requests.json");
            try (OutputStream o = Files.newOutputStream(requests)) {
                Open311Json.writeCases(cases, Open311Mapping.using(SituationCatalogue.defaults()), o);
            }
            files.add(out.relativize(requests).toString());
        }
        counter.add(1);
        return files;
    }
}

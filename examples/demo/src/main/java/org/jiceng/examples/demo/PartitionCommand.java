package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jiceng.core.model.Grid;
import org.jiceng.examples.demo.pipeline.Boundaries;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionGrid;
import org.jiceng.grid.partition.PartitionQuality;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonDocument;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code partition} subcommand: divides the user's buildings (weighted points) into grids with a
 * partitioner found through the {@code PartitionerProvider} plugins and writes the grids as GeoJSON.
 */
@Command(name = "partition", mixinStandardHelpOptions = true)
final class PartitionCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    private Path file;

    @Option(names = "--grids")
    private Integer grids;

    @Option(names = "--households-per-grid", defaultValue = "450")
    private int perGrid;

    @Option(names = "--division-code")
    private String divisionCode;

    @Option(names = "--partitioner", defaultValue = GridPartitioning.DEFAULT_PARTITIONER)
    private String partitioner;

    @Option(names = "--out", defaultValue = "jiceng-partition.geojson")
    private Path out;

    @Override
    public Integer call() throws Exception {
        String ext = InputFile.check(file, List.of("csv", "geojson"));
        List<WeightedPoint> points = PointsFile.read(file, ext);
        if (points.isEmpty()) {
            throw new InputFile.BadInputException(Text.of("msg.partition.noBuildings", file));
        }
        long households = points.stream().mapToLong(WeightedPoint::weight).sum();
        int k = grids != null ? grids : (int) Math.max(1, Math.min(points.size(), Math.round((double) households / perGrid)));
        if (k < 1 || k > points.size()) {
            throw new InputFile.BadInputException(Text.of("msg.partition.gridsRange", k, points.size()));
        }
        PartitionRequest request = PartitionRequest.of(points, k).withPolygons(true).withContiguity(true);
        if (divisionCode != null) {
            request = request.withDivisionCode(divisionCode);
        }
        Partition p = GridPartitioning.named(partitioner).partition(request);
        List<Grid> modelGrids = p.toModelGrids(divisionCode != null ? divisionCode : "area", "网格");
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        for (PartitionGrid g : p.grids()) {
            boundaries.put(g.code(), Boundaries.of(g.polygon().orElse(g.hull())));
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        GeoJson.write(new GeoJsonDocument(List.of(), modelGrids, boundaries), out);
        PartitionQuality q = p.quality();
        PrintWriter o = spec.commandLine().getOut();
        Messages m = Messages.of(spec.commandLine());
        o.println(m.get("msg.partition.summary", points.size(), households, k, p.partitionerName()));
        o.println(m.get("msg.partition.quality", q.maxOverAverage(), q.floor(), q.minOverAverage(), q.meanCompactness(),
                q.minCompactness(), q.nonContiguousGrids().isPresent() ? q.nonContiguousGrids().getAsInt() : "-"));
        for (PartitionGrid g : p.grids()) {
            o.println(m.get("msg.partition.grid", g.code(), g.memberCount(), g.load()));
        }
        o.println(m.get("msg.partition.written", out));
        o.flush();
        return 0;
    }
}

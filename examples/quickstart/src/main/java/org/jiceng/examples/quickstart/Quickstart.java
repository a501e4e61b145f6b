package org.jiceng.examples.quickstart;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.registry.Registry;
import org.jiceng.core.registry.RegistryBuild;
import org.jiceng.core.validation.Validators;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.jiceng.grid.partition.ContiguityRule;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonOptions;
import org.jiceng.io.geojson.WeightedPointImport;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;

/**
 * Runs the README's "Using the SDK" code on an input folder laid out as the demo writes
 * {@code jiceng-output/input/}: {@code district/*.csv}, {@code grids.geojson} and
 * {@code buildings.geojson}.
 *
 * <pre>{@code
 * java -jar examples/quickstart/target/jiceng-quickstart.jar jiceng-output/input
 * }</pre>
 */
public final class Quickstart {

    private Quickstart() {
    }

    /**
     * What the run found, for tests.
     *
     * @param report the import report of {@code district/}
     * @param dataset the imported records
     * @param cards the members' scorecards
     * @param located the building that was located and its grid, if any
     * @param gridId the grid the building is in
     * @param partition the buildings divided into grids
     */
    public record Result(ImportReport report, Dataset dataset, Scorecards cards, WeightedPoint located,
            Optional<String> gridId, Partition partition) {
    }

    /**
     * @param args the input folder; {@code jiceng-output/input} when missing
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(Path.of(args.length > 0 ? args[0] : "jiceng-output/input"), out);
    }

    /**
     * @param input the input folder
     * @param out where to print
     * @return what the run found
     * @throws org.jiceng.io.ImportException when a file cannot be read at all
     * @throws java.util.NoSuchElementException when {@code buildings.geojson} holds no building
     */
    public static Result run(Path input, PrintStream out) {
        // Read a district's files: every row is accepted or reported (file, line, column, value, rule, zh/en message).
        ImportResult imported = Importer.read(input.resolve("district"));   // *.csv, *.xlsx, *.json, *.jsonl ...
        ImportReport report = imported.report();
        report.errors().forEach(e -> out.println("错误 " + e.describeZh()));
        report.warnings().forEach(w -> out.println("提示 " + w.describeZh()));
        report.stop().ifPresent(stop -> out.println("导入中止 " + stop.describeZh()));   // e.g. at 1,000 errors
        out.println(report.summaryZh());
        Dataset dataset = imported.dataset();

        // Validate and index: one report with every integrity problem, never an exception per problem.
        Validators.forLocale(Locale.SIMPLIFIED_CHINESE).validate(dataset)
                .forEach(v -> out.println(v.getPropertyPath() + ": " + v.getMessage()));
        RegistryBuild build = Registry.build(dataset);
        build.report().problems().forEach(out::println);
        Registry registry = build.registry();
        out.printf(Locale.ROOT, "%d party members in %d organisations%n",
                registry.partyMembers().size(), registry.organizations().size());

        // Score the members with a built-in pack: integer points, explained line by line.
        ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
        Scorecards cards = engine.score(dataset.events(), Instant.parse("2026-01-01T00:00:00+08:00"));  // as of
        out.printf(Locale.ROOT, "%d scorecards%n", cards.totals().size());  // events after "as of" do not count
        cards.totals().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .forEach(top -> out.println(cards.scorecard(top.getKey()).orElseThrow().render()));

        // Which grid is this building in? Grid polygons from a GeoJSON file become shapes to locate points in.
        List<GridShape> shapes = GeoJson.readBoundaries(input.resolve("grids.geojson")).gridShapes();
        GridIndex grids = GridIndexes.create(shapes);
        WeightedPointImport buildings = GeoJson.readWeightedPoints(ImportSource.of(input.resolve("buildings.geojson")),
                ImportOptions.defaults(), GeoJsonOptions.defaults());          // Point features with "households"
        WeightedPoint building = buildings.points().get(0);
        Optional<String> gridId = grids.locate(building.lon(), building.lat());
        out.println(building.id() + " → " + gridId.orElse("no grid"));

        // Divide the community's buildings (weighted by households) into 4 balanced, compact grids.
        Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(buildings.points(), 4)
                .withContiguity(ContiguityRule.REQUIRE));   // every grid in one piece, even at a cost in balance
        out.printf(Locale.ROOT, "largest grid %.2f × the average, %d grids in several pieces%n",
                p.quality().maxOverAverage(), p.quality().nonContiguousGrids().getAsInt());
        return new Result(report, dataset, cards, building, gridId, p);
    }
}

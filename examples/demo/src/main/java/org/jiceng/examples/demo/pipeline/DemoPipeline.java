package org.jiceng.examples.demo.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.RecordKind;
import org.jiceng.core.spi.Plugins;
import org.jiceng.core.time.ChinaTime;
import org.jiceng.examples.demo.Language;
import org.jiceng.examples.demo.Messages;
import org.jiceng.examples.demo.generate.DistrictGenerator;
import org.jiceng.examples.demo.generate.DistrictSpec;
import org.jiceng.examples.demo.generate.GeneratedDistrict;
import org.jiceng.examples.demo.report.ReportModel;
import org.jiceng.examples.demo.report.ReportWriter;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.spi.TableColumns;
import org.locationtech.jts.geom.Geometry;

/**
 * The whole embedded demo: generate, then validate, registry, partition, rivers, score, cases, anticipate
 * and export side by side on a small pool (each step as soon as its inputs are ready), then the report.
 * Every step gives an immutable result; {@link DemoRun} holds them all and
 * {@link ReportBuilder} turns them into the report, so the pipeline knows
 * nothing about HTML and the output does not depend on which step finishes first. A step whose SDK
 * module is not available is reported as skipped with the reason; nothing is ever made up in its place.
 */
public final class DemoPipeline {

    /** Name of the HTML report in the output folder. */
    public static final String REPORT_FILE = "report.html";
    /** How many problem rules the report lists. */
    public static final int TOP_PROBLEMS = 12;
    /** Record kinds with at least this many records are exported first: they are the longest tasks. */
    private static final int LARGE_FILE_ROWS = 100_000;

    /**
     * What to run.
     *
     * @param spec the district scale
     * @param seed the generator seed
     * @param out the output folder (created when missing)
     * @param boundary the district outline to generate in (lon/lat), or empty for the default
     * @param language the language of the steps' results, in progress, summary and report
     */
    public record Options(DistrictSpec spec, long seed, Path out, Optional<Geometry> boundary, Language language) {

        /** Validates the components. */
        public Options {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(out, "out");
            boundary = boundary.map(Geometry::copy);
            Objects.requireNonNull(language, "language");
        }

        /**
         * Options reporting in English.
         *
         * @param spec the district scale
         * @param seed the generator seed
         * @param out the output folder (created when missing)
         * @param boundary the district outline to generate in (lon/lat), or empty for the default
         */
        public Options(DistrictSpec spec, long seed, Path out, Optional<Geometry> boundary) {
            this(spec, seed, out, boundary, Language.EN);
        }

        /**
         * Options with the default district outline.
         *
         * @param spec the district scale
         * @param seed the generator seed
         * @param out the output folder (created when missing)
         */
        public Options(DistrictSpec spec, long seed, Path out) {
            this(spec, seed, out, Optional.empty());
        }
    }

    /**
     * Told when intermediate results are ready, so that a caller can start work of its own on them while the
     * rest of the pipeline runs (the command line stores the cases and events in PostgreSQL meanwhile).
     * Called on a pool thread: hand long work to a thread of your own.
     */
    @FunctionalInterface
    public interface Listener {
        /**
         * Told right after generation, before any step runs: the events do not change after it, so a
         * caller can start storing them while the steps run.
         *
         * @param events the year's events (the same as {@code casesReady}'s)
         */
        default void eventsReady(List<org.jiceng.core.model.Event> events) {
        }

        /**
         * @param cases the year's cases as replayed through the state machine, with their grid where located
         *     (the same as {@link DemoResult#cases()})
         * @param events the year's events
         */
        void casesReady(List<org.jiceng.cases.Case> cases, List<org.jiceng.core.model.Event> events);

        /** @return a listener that does nothing */
        static Listener none() {
            return (cases, events) -> { };
        }
    }

    private final Options options;
    private final Progress progress;
    private final Listener listener;
    /** The catalogue of the run's language, for the steps' one-line results. */
    private final Messages texts;

    private DemoPipeline(Options options, Progress progress, Listener listener) {
        this.options = options;
        this.progress = progress;
        this.listener = listener;
        this.texts = Messages.of(options.language());
    }

    /**
     * Runs the demo and writes the output folder.
     *
     * @param options what to run
     * @param progress where to report progress
     * @return the result
     * @throws IOException when the output folder cannot be written
     */
    public static DemoResult run(Options options, Progress progress) throws IOException {
        return run(options, progress, Listener.none());
    }

    /**
     * Runs the demo and writes the output folder, telling a listener about intermediate results.
     *
     * @param options what to run
     * @param progress where to report progress
     * @param listener told when the located cases are ready
     * @return the result
     * @throws IOException when the output folder cannot be written
     */
    public static DemoResult run(Options options, Progress progress, Listener listener) throws IOException {
        return new DemoPipeline(options, progress, Objects.requireNonNull(listener, "listener")).run();
    }

    private DemoResult run() throws IOException {
        Files.createDirectories(options.out());
        GeneratedDistrict district = generate();
        listener.eventsReady(district.dataset().events());
        DemoRun run;
        try (StepExecutor steps = new StepExecutor()) {
            run = steps(district, steps);
        }
        progress.start("report", "writing " + REPORT_FILE);
        ReportModel model = ReportBuilder.build(run, Plugins.forDefaultClassLoader(), REPORT_FILE, TOP_PROBLEMS);
        Path reportFile = ReportWriter.write(model, options.out().resolve(REPORT_FILE));
        List<String> files = new ArrayList<>(run.files());
        files.add(REPORT_FILE);
        progress.end("report", reportFile.toString());
        return new DemoResult(district, model, reportFile, files, run.located().cases());
    }

    private GeneratedDistrict generate() {
        DistrictSpec spec = options.spec();
        progress.start("generate", "generating " + spec.districtName() + " (seed " + options.seed() + ")");
        GeneratedDistrict district = options.boundary().isPresent()
                ? DistrictGenerator.generate(spec, options.seed(), options.boundary().get())
                : DistrictGenerator.generate(spec, options.seed());
        progress.end("generate", DemoRun.generated(texts, district));
        return district;
    }

    /**
     * Runs every step after generation on the pool, each as soon as its inputs are ready: the partition
     * first (most steps wait for it), the exports that need neither grids nor cases right away. Results are
     * read in pipeline order.
     */
    private DemoRun steps(GeneratedDistrict district, StepExecutor steps) throws IOException {
        Dataset data = district.dataset();
        Path out = options.out();
        int year = options.spec().year();
        // The partition and the cases first: the located cases, 未诉先办 and the files with grids wait for them.
        CompletableFuture<PartitionStep.Result> partition = step(steps, true, "partition", "partitioning "
                + district.buildings().size() + " buildings into grids of about " + PartitionStep.HOUSEHOLDS_PER_GRID
                + " households", () -> PartitionStep.run(district), p -> DemoRun.partitioned(texts, p));
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
        CompletableFuture<CasesStep.Result> cases = steps.submitUrgent(() -> {
            progress.start("cases", "replaying " + district.cases().size() + " whistle cases through the state machine");
            return CasesStep.run(district.cases(), from, to);
        });
        CompletableFuture<CasesStep.Located> located = partition.thenCombine(cases,
                (p, c) -> steps.submitUrgent(() -> CasesStep.locate(c.cases(), p))).thenCompose(f -> f);
        CompletableFuture<Void> told = located.thenAccept(l -> {
            progress.end("cases", DemoRun.replayed(texts, district, cases.join(), l));
            listener.casesReady(l.cases(), data.events());
        });
        CompletableFuture<AnticipationStep.Result> anticipation = located.thenCompose(l -> step(steps, true,
                "anticipate", "未诉先办: visits and cases per grid, situation and week",
                () -> AnticipationStep.run(partition.join(), l, year, options.seed()), a -> DemoRun.anticipated(texts, a)));

        progress.start("export", "writing CSV, XLSX, GeoJSON and Open311 exports (personal data masked)"
                + " and input/ for import (synthetic, unmasked)");
        Path csv = out.resolve(ExportStep.CSV_FOLDER);
        Files.createDirectories(csv);
        String readme = InputStep.readme(out);
        ExportOptions masked = ExportOptions.defaults();
        Map<RecordKind, List<? extends Record>> kinds = ExportStep.byKind(data);
        // Longest work first, so that the run does not end on a long task: the large CSV files (the events),
        // scoring and validation, then the smaller files.
        List<RecordKind> bySize = kinds.keySet().stream()
                .sorted(Comparator.comparingInt((RecordKind k) -> -kinds.get(k).size())).toList();
        Map<RecordKind, CompletableFuture<String>> maskedCsv = new TreeMap<>();
        Map<RecordKind, CompletableFuture<String>> inputCsv = new TreeMap<>();
        for (RecordKind kind : bySize.stream().filter(k -> kinds.get(k).size() >= LARGE_FILE_ROWS).toList()) {
            maskedCsv.put(kind, steps.submit(() -> ExportStep.csv(out, csv, masked, kind, kinds.get(kind))));
            inputCsv.put(kind, inputCsv(steps, out, kind, kinds.get(kind), maskedCsv.get(kind)));
        }
        CompletableFuture<ScoringStep.Result> scoring = step(steps, false, "score",
                "scoring members, units, trainees and organisations", () -> ScoringStep.run(data,
                        LocalDate.of(year + 1, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant(),
                        progress.counter("score", ScoringStep.TARGETS.size(), "rule-packs")), r -> DemoRun.scored(texts, r));
        CompletableFuture<ProblemsStep.Validation> validation = step(steps, false, "validate",
                "Bean Validation of every record (GB 11643, GB 32100, GB/T 2260, phones)",
                () -> ProblemsStep.validate(data, progress.counter("validate", data.size(), "records")),
                v -> DemoRun.validated(texts, v));
        for (RecordKind kind : bySize.stream().filter(k -> kinds.get(k).size() < LARGE_FILE_ROWS).toList()) {
            maskedCsv.put(kind, steps.submit(() -> ExportStep.csv(out, csv, masked, kind, kinds.get(kind))));
            inputCsv.put(kind, inputCsv(steps, out, kind, kinds.get(kind), maskedCsv.get(kind)));
        }
        CompletableFuture<ProblemsStep.Integrity> integrity = step(steps, false, "registry",
                "building the registry and its integrity report", () -> ProblemsStep.integrity(data),
                i -> DemoRun.registered(texts, i));
        CompletableFuture<Optional<RiverStep.Result>> rivers = district.rivers().isEmpty()
                ? CompletableFuture.completedFuture(Optional.empty())
                : step(steps, false, "rivers", "segmenting " + district.rivers().size()
                        + " rivers and assigning patrols",
                        () -> Optional.of(RiverStep.run(district)), r -> DemoRun.patrolled(texts, district, r.orElseThrow()));
        CompletableFuture<Optional<ReportModel.Trend>> trend = steps.submit(() -> TrendStep.run(data, year));

        // The files that need the grids (and the cases) follow the partition, ahead of the queue.
        CompletableFuture<Dataset> withGrids = partition.thenApply(p -> {
            Dataset.Builder b = data.toBuilder();
            p.grids().forEach(piece -> b.add(piece.grid()));
            return b.build();
        });
        CompletableFuture<Map<String, Geometry>> polygons = partition.thenApply(p -> {
            Map<String, Geometry> m = new TreeMap<>();
            p.grids().forEach(piece -> m.put(piece.grid().code(), piece.polygon()));
            return m;
        });
        CompletableFuture<List<Grid>> grids = withGrids.thenApply(Dataset::grids);
        CompletableFuture<String> maskedGrids = grids.thenCompose(g -> g.isEmpty() ? none()
                : steps.submitUrgent(() -> ExportStep.csv(out, csv, masked, RecordKind.of(g.get(0)), g)));
        CompletableFuture<String> inputGrids = grids.thenCompose(g -> g.isEmpty() ? none()
                : inputCsv(steps, out, RecordKind.GRIDS, g, maskedGrids));
        CompletableFuture<String> xlsx = withGrids.thenCompose(all -> steps.submitUrgent(() -> ExportStep.xlsx(out, all)));
        CompletableFuture<String> geojson = withGrids.thenCombine(polygons, (all, m) -> steps.submitUrgent(
                () -> ExportStep.geojson(out, all, district.communityShapes(), m))).thenCompose(f -> f);
        CompletableFuture<String> open311 = cases.thenCompose(c -> c.cases().isEmpty() ? none()
                : steps.submitUrgent(() -> ExportStep.open311(out, c.cases())));
        CompletableFuture<String> inputGridShapes = withGrids.thenCombine(polygons, (all, m) -> steps.submitUrgent(
                () -> InputStep.grids(out, all, m))).thenCompose(f -> f);
        CompletableFuture<String> buildings = steps.submit(() -> InputStep.buildings(out, district.buildings()));
        countOutputs(Stream.of(maskedCsv.values().stream(), inputCsv.values().stream(), Stream.of(maskedGrids,
                inputGrids, xlsx, geojson, open311, inputGridShapes, buildings)).flatMap(f -> f).toList());

        // Every file in the order the export has always listed them: csv/ by kind, the workbook, the GeoJSON,
        // Open311, then input/.
        List<String> files = new ArrayList<>();
        RecordKind gridKind = RecordKind.GRIDS;
        for (RecordKind kind : kindsWith(kinds.keySet(), gridKind)) {
            add(files, kind == gridKind ? maskedGrids : maskedCsv.get(kind));
        }
        add(files, xlsx);
        add(files, geojson);
        add(files, open311);
        int exported = files.size();
        files.add(readme);
        for (RecordKind kind : kindsWith(kinds.keySet(), gridKind)) {
            add(files, kind == gridKind ? inputGrids : inputCsv.get(kind));
        }
        add(files, inputGridShapes);
        add(files, buildings);
        int inputFiles = files.size() - exported;
        progress.end("export", ExportStep.detail(texts, files, inputFiles));

        StepExecutor.join(told);
        return new DemoRun(options, district, StepExecutor.join(validation), StepExecutor.join(integrity),
                StepExecutor.join(partition), StepExecutor.join(rivers), StepExecutor.join(scoring),
                StepExecutor.join(cases), StepExecutor.join(located), StepExecutor.join(anticipation),
                StepExecutor.join(trend), files, inputFiles);
    }

    /** Counts the export's files as each is written, in whatever order they finish. */
    private void countOutputs(List<CompletableFuture<String>> outputs) {
        Progress.Counter written = progress.counter("export", outputs.size(), "outputs");
        outputs.forEach(f -> f.whenComplete((file, failure) -> written.add(1)));
    }

    /** A step on the pool that reports its start and end. */
    private <T> CompletableFuture<T> step(StepExecutor steps, boolean urgent, String name, String what,
            StepExecutor.Work<T> work, Function<T, String> detail) {
        StepExecutor.Work<T> reported = () -> {
            progress.start(name, what);
            T result = work.get();
            progress.end(name, detail.apply(result));
            return result;
        };
        return urgent ? steps.submitUrgent(reported) : steps.submit(reported);
    }

    /**
     * The unmasked CSV file of a kind for {@code input/}. The options of {@code input/} differ from the
     * export's only in masking, so a kind without a masked column gives the same bytes: its masked file is
     * copied instead of formatting every record again (the 650,000 events among them).
     */
    private static CompletableFuture<String> inputCsv(StepExecutor steps, Path out, RecordKind kind,
            List<? extends Record> records, CompletableFuture<String> maskedFile) {
        Path folder = InputStep.district(out);
        if (TableColumns.of(kind, ExportOptions.defaults(), false).masksPersonalData()) {
            return steps.submit(() -> ExportStep.csv(out, folder, InputStep.options(), kind, records));
        }
        return maskedFile.thenCompose(file -> steps.submit(() -> ExportStep.copy(out, file, folder)));
    }

    private static CompletableFuture<String> none() {
        return CompletableFuture.completedFuture("");
    }

    private static void add(List<String> files, CompletableFuture<String> file) throws IOException {
        String f = StepExecutor.join(file);
        if (!f.isEmpty()) {
            files.add(f);
        }
    }

    /** The kinds of the dataset plus the grids, in kind order. */
    private static List<RecordKind> kindsWith(java.util.Set<RecordKind> kinds, RecordKind extra) {
        java.util.TreeSet<RecordKind> all = new java.util.TreeSet<>(kinds);
        all.add(extra);
        return List.copyOf(all);
    }
}

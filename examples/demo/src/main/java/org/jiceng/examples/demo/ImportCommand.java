package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jiceng.cases.Case;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.io.open311.Open311Mapping;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.open311.Open311Import;
import org.jiceng.io.open311.Open311Json;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ImportSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code import} subcommand: reads a file with the format its extension names (any installed
 * format, plugins included), validates every record and reports accepted records and row errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a CSV, XLSX, JSON, GeoJSON (or plugin format) file and reports accepted records and "
                + "row errors. Exits with 1 when a row is rejected, unless --lenient.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Option(names = "--lenient", description = "Exit with 0 even when rows were rejected.")
    private boolean lenient;

    @Option(names = "--errors", defaultValue = "20", description = "Row errors to print (default: ${DEFAULT-VALUE}).")
    private int errorsShown;

    @Option(names = "--open311", description = "Read the file as Open311 GeoReport v2 service requests (cases), "
            + "mapped onto the built-in situation catalogue.")
    private boolean open311;

    @Override
    public Integer call() {
        InputFile.check(file, open311 ? List.of("json") : InputFile.importable());
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report;
        Map<String, Integer> kinds = new TreeMap<>();
        if (open311) {
            Open311Import<Case> cases = Open311Json.readCases(ImportSource.of(file), ImportOptions.defaults(),
                    Open311Mapping.using(SituationCatalogue.defaults()));
            report = cases.report();
            cases.records().forEach(c -> kinds.merge("Case " + c.status(), 1, Integer::sum));
        } else {
            ImportResult result = Importer.read(file, ImportOptions.defaults());
            report = result.report();
            result.dataset().records().forEach(r -> kinds.merge(r.getClass().getSimpleName(), 1, Integer::sum));
        }
        out.println(report.summary());
        kinds.forEach((k, n) -> out.println("  " + k + ": " + n));
        out.flush();
        if (report.rejected() == 0 || lenient) {
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("jiceng-demo: " + report.rejected() + " of " + report.read() + " rows of " + file
                + " were rejected:");
        report.errors().stream().limit(errorsShown).map(RowError::describe).forEach(e -> err.println("  " + e));
        if (report.errors().size() > errorsShown) {
            err.println("  ... and " + (report.errors().size() - errorsShown) + " more");
        }
        err.flush();
        return 1;
    }
}

package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.RowError;
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

    @Override
    public Integer call() {
        InputFile.check(file, InputFile.importable());
        ImportResult result = Importer.read(file, ImportOptions.defaults());
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report = result.report();
        out.println(report.summary());
        Map<String, Integer> kinds = new TreeMap<>();
        result.dataset().records().forEach(r -> kinds.merge(r.getClass().getSimpleName(), 1, Integer::sum));
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

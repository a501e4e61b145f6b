package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jiceng.io.Formats;
import org.jiceng.cases.Case;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.io.open311.Open311Mapping;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.open311.Open311Import;
import org.jiceng.io.open311.Open311Json;
import org.jiceng.io.open311.Open311Xml;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.spi.ImportSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code import} subcommand: reads a file with the format its extension names (any installed
 * format, plugins included), validates every record and reports accepted records and row errors. Records
 * are streamed and only counted per kind, so memory does not grow with the file; row errors are printed
 * as they come. Running out of memory anyway exits with its own code, {@value #OUT_OF_MEMORY}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a CSV, XLSX, JSON, GeoJSON (or plugin format) file and reports accepted records and "
                + "row errors. Records are streamed and counted, not kept, so files of any size fit in the heap. "
                + "Exits with 1 when a row is rejected, unless --lenient.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row accepted (or --lenient)",
            "1:a row was rejected, or the file cannot be read (message on stderr)",
            "2:invalid command line",
            "3:out of memory: the Java heap is too small for this file; run with a larger -Xmx"})
final class ImportCommand implements Callable<Integer> {

    /** The exit code when the JVM runs out of memory during the import. */
    static final int OUT_OF_MEMORY = 3;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Option(names = "--lenient", description = "Exit with 0 even when rows were rejected.")
    private boolean lenient;

    @Option(names = "--errors", defaultValue = "20", description = "Row errors to print (default: ${DEFAULT-VALUE}).")
    private int errorsShown;

    @Option(names = "--warnings", defaultValue = "10", description = "Warnings to print: values normalised on "
            + "import (trimmed, full-width, dates) and columns kept in extras or ignored (default: ${DEFAULT-VALUE}).")
    private int warningsShown;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "" + ImportOptions.DEFAULT_MAX_ERRORS,
            description = "Stop after N rejected rows; the report then says how many rows were not read "
                    + "(default: ${DEFAULT-VALUE}).")
    private int maxErrors;

    @Option(names = "--open311", description = "Read the file (.json or .xml) as Open311 GeoReport v2 service requests (cases), "
            + "mapped onto the built-in situation catalogue.")
    private boolean open311;

    @Override
    public Integer call() throws Exception {
        return guarded(spec.commandLine().getErr(), this::importFile);
    }

    /**
     * Runs the import; an {@link OutOfMemoryError} becomes exit code {@value #OUT_OF_MEMORY} with a message
     * that says so, rather than a "bad input" failure.
     *
     * @param err where the message goes
     * @param body the import
     * @return the body's exit code, or {@value #OUT_OF_MEMORY}
     * @throws Exception what the body throws, other than running out of memory
     */
    static int guarded(PrintWriter err, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (OutOfMemoryError e) {
            err.println("jiceng-demo: out of memory during the import (" + e.getMessage() + "). This is not a "
                    + "problem of the input file: give the JVM more heap, e.g. java -Xmx2g -jar jiceng-demo.jar import …");
            err.flush();
            return OUT_OF_MEMORY;
        }
    }

    private int importFile() {
        if (maxErrors < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-errors must be at least 1, was " + maxErrors);
        }
        InputFile.check(file, open311 ? List.of("json", "xml") : InputFile.importable());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportOptions options = ImportOptions.defaults().withMaxErrors(maxErrors);
        ImportReport report;
        Map<String, Long> kinds = new TreeMap<>();
        long[] printed = {0};
        if (open311) {
            Open311Mapping mapping = Open311Mapping.using(SituationCatalogue.defaults());
            boolean xml = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
            Open311Import<Case> cases = xml ? Open311Xml.readCases(ImportSource.of(file), options, mapping)
                    : Open311Json.readCases(ImportSource.of(file), options, mapping);
            report = cases.report();
            cases.records().forEach(c -> kinds.merge("Case " + c.status(), 1L, Long::sum));
            report.errors().stream().limit(errorsShown).forEach(e -> err.println("  " + e.describe()));
            printed[0] = Math.min(errorsShown, report.errors().size());
        } else {
            // Stream: count accepted records per kind, print row errors as they come; keep nothing else.
            report = Importer.of(Formats.forPath(file), options).stream(ImportSource.of(file),
                    r -> kinds.merge(r.getClass().getSimpleName(), 1L, Long::sum),
                    e -> {
                        if (printed[0]++ < errorsShown) {
                            err.println("  " + e.describe());
                        }
                    });
        }
        out.println(report.summary());
        kinds.forEach((k, n) -> out.println("  " + k + ": " + n));
        report.warnings().stream().limit(warningsShown).forEach(w -> out.println("  warning: " + w.describe()));
        if (report.warningCount() > warningsShown) {
            out.println("  ... and " + (report.warningCount() - Math.min(warningsShown, report.warningCount()))
                    + " more warning(s)");
        }
        out.flush();
        if (report.rejected() == 0 || lenient) {
            err.flush();
            return 0;
        }
        long total = report.errors().size();
        if (total > errorsShown) {
            err.println("  ... and " + (total - errorsShown) + " more");
        }
        err.println("jiceng-demo: " + report.rejected() + " of " + report.read() + " rows of " + file
                + " were rejected" + report.stop().map(s -> "; " + s.describe()).orElse(""));
        err.flush();
        return 1;
    }
}

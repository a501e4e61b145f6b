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
import org.jiceng.examples.demo.pipeline.Progress;
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
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    /** The exit code when the JVM runs out of memory during the import. */
    static final int OUT_OF_MEMORY = 3;

    private static final String STEP = "import";

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    private Path file;

    @Option(names = "--lenient")
    private boolean lenient;

    @Option(names = "--errors", defaultValue = "20")
    private int errorsShown;

    @Option(names = "--warnings", defaultValue = "10")
    private int warningsShown;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "" + ImportOptions.DEFAULT_MAX_ERRORS)
    private int maxErrors;

    @Option(names = "--open311")
    private boolean open311;

    @Option(names = {"-q", "--quiet"})
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        return guarded(spec.commandLine().getErr(), Messages.of(spec.commandLine()), this::importFile);
    }

    /**
     * Runs the import; an {@link OutOfMemoryError} becomes exit code {@value #OUT_OF_MEMORY} with a message
     * that says so, rather than a "bad input" failure.
     *
     * @param err where the message goes
     * @param messages the language of the message
     * @param body the import
     * @return the body's exit code, or {@value #OUT_OF_MEMORY}
     * @throws Exception what the body throws, other than running out of memory
     */
    static int guarded(PrintWriter err, Messages messages, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (OutOfMemoryError e) {
            err.println(messages.get("msg.import.outOfMemory", e.getMessage()));
            err.flush();
            return OUT_OF_MEMORY;
        }
    }

    private int importFile() {
        if (maxErrors < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.of(spec.commandLine()).get("msg.import.maxErrors", maxErrors));
        }
        String ext = InputFile.check(file, open311 ? List.of("json", "xml") : InputFile.importable());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = Messages.of(spec.commandLine());
        boolean zh = m.language() == Language.ZH;
        Progress progress = quiet ? Progress.silent() : ConsoleProgress.forCommand(spec.commandLine());
        progress.start(STEP, file.toString());
        ImportInput input = ImportInput.of(file, ext, progress, STEP);
        ImportOptions options = ImportOptions.defaults().withMaxErrors(maxErrors);
        ImportReport report;
        Map<String, Long> kinds = new TreeMap<>();
        long[] printed = {0};
        try {
            if (open311) {
                Open311Mapping mapping = Open311Mapping.using(SituationCatalogue.defaults());
                boolean xml = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
                Open311Import<Case> cases = xml ? Open311Xml.readCases(input.source(), options, mapping)
                        : Open311Json.readCases(input.source(), options, mapping);
                report = cases.report();
                cases.records().forEach(c -> kinds.merge("Case " + c.status(), 1L, Long::sum));
                progress.end(STEP, zh ? report.summaryZh() : report.summary());
                report.errors().stream().limit(errorsShown)
                        .forEach(e -> err.println("  " + (zh ? e.describeZh() : e.describe())));
                printed[0] = Math.min(errorsShown, report.errors().size());
            } else {
                // Stream: count accepted records per kind, print row errors as they come; keep nothing else.
                report = Importer.of(Formats.forPath(file), options).stream(input.source(),
                        r -> {
                            kinds.merge(r.getClass().getSimpleName(), 1L, Long::sum);
                            input.row();
                        },
                        e -> {
                            input.row();
                            if (printed[0]++ < errorsShown) {
                                input.interrupt();
                                err.println("  " + (zh ? e.describeZh() : e.describe()));
                            }
                        });
                progress.end(STEP, zh ? report.summaryZh() : report.summary());
            }
        } finally {
            input.interrupt(); // a failed import leaves no half-drawn bar before the error message
        }
        out.println(zh ? report.summaryZh() : report.summary());
        kinds.forEach((k, n) -> out.println("  " + k + ": " + n));
        report.warnings().stream().limit(warningsShown)
                .forEach(w -> out.println(m.get("msg.import.warning", zh ? w.describeZh() : w.describe())));
        if (report.warningCount() > warningsShown) {
            out.println(m.get("msg.import.moreWarnings",
                    report.warningCount() - Math.min(warningsShown, report.warningCount())));
        }
        out.flush();
        if (report.rejected() == 0 || lenient) {
            err.flush();
            return 0;
        }
        long total = report.errors().size();
        if (total > errorsShown) {
            err.println(m.get("msg.import.moreErrors", total - errorsShown));
        }
        err.println(m.get("msg.error", m.get("msg.import.rejected", report.rejected(), report.read(), file,
                report.stop().map(s -> m.get("msg.import.stop", zh ? s.describeZh() : s.describe())).orElse(""))));
        err.flush();
        return 1;
    }
}

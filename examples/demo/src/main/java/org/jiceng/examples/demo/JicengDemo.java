package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jiceng.examples.demo.generate.DistrictSpec;
import org.jiceng.examples.demo.pipeline.DemoPipeline;
import org.jiceng.examples.demo.pipeline.DemoResult;
import org.jiceng.examples.demo.pipeline.Progress;
import org.jiceng.examples.demo.store.DemoDatabase;
import org.jiceng.examples.demo.store.StoreStep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The Jiceng demo: with no arguments it generates a district at the scale of 西山区, runs it through
 * the SDK and writes an output folder with exports and one self-contained HTML report. Subcommands
 * run single steps on the user's own files.
 *
 * <pre>
 * java -jar examples/demo/target/jiceng-demo.jar                 # the whole demo into ./jiceng-output
 * java -jar examples/demo/target/jiceng-demo.jar --out /tmp/x --seed 7
 * java -jar examples/demo/target/jiceng-demo.jar import members.csv
 * </pre>
 */
@Command(name = "jiceng-demo", mixinStandardHelpOptions = true, version = "jiceng-demo 0.1.0",
        description = "Generates a district, runs it through the Jiceng SDK and writes exports and report.html.",
        subcommands = {ImportCommand.class, ScoreCommand.class, PartitionCommand.class, CasesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input file or failed step (message on stderr)", "2:invalid command line",
            "3:out of memory during import (give the JVM a larger -Xmx)"})
public final class JicengDemo implements Callable<Integer> {

    /** Default seed of the embedded demo. */
    public static final long DEFAULT_SEED = 20_250_101L;

    /** Held so the level set on it is not lost to garbage collection. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    @Spec
    private CommandLine.Model.CommandSpec commandSpec;

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "jiceng-output")
    private Path out;

    @Option(names = "--seed", description = "Generator seed; the same seed gives the same district (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + DEFAULT_SEED)
    private long seed;

    @Option(names = "--scale", description = "District scale: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "xishan")
    private Scale scale;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--db", description = "Where the run's cases, trails and events are stored: 'embedded' (a"
            + " PostgreSQL under <out>/db, default), 'none', or a jdbc:postgresql://host:port/db?user=…&password=… URL.",
            defaultValue = DemoDatabase.EMBEDDED)
    private String db;

    @Option(names = "--boundary", paramLabel = "FILE.geojson",
            description = "Generate inside this district outline (GeoJSON Polygon or MultiPolygon in lon/lat) "
                    + "instead of the default one near Kunming.")
    private Path boundary;

    /** District scales the demo can generate. */
    enum Scale {
        /** The seed scale of 西山区. */
        xishan,
        /** A small district for a quick look. */
        small;

        DistrictSpec spec() {
            return this == xishan ? DistrictSpec.xishan() : DistrictSpec.small();
        }
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(commandLine().execute(args));
    }

    /**
     * Routes the logging of Hibernate Validator (JBoss Logging) to java.util.logging, so that a
     * command-line run does not print a warning about a missing logging back end. Settings the user made
     * on the command line are kept.
     */
    static void quietLibraryLogging() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** @return the configured command line, for embedding and tests */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new JicengDemo());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Bad input is the user's to fix: print what and where, not a stack trace. The SDK's exceptions
            // carry the file, line, column, value and rule in their message; anything else is a bug to report.
            boolean expected = ex instanceof InputFile.BadInputException || ex instanceof IllegalArgumentException
                    || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException
                    || ex.getClass().getName().startsWith("org.jiceng.");
            // Messages may quote input values: control sequences in them are shown escaped, never sent
            // to the terminal (line breaks of multi-line messages are kept).
            String message = ex.getMessage() == null ? null : ex.getMessage().lines()
                    .map(org.jiceng.core.privacy.EchoedText::terminalSafe)
                    .collect(java.util.stream.Collectors.joining(System.lineSeparator()));
            if (expected && message != null) {
                commandLine.getErr().println("jiceng-demo: " + message);
            } else {
                commandLine.getErr().println("jiceng-demo: unexpected " + ex.getClass().getName() + ": "
                        + message);
                ex.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = commandSpec.commandLine().getOut();
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new InputFile.BadInputException("Output folder " + out + " is a file; give --out a folder.");
        }
        Progress progress = quiet ? Progress.silent() : Progress.printingTo(System.err);
        java.util.Optional<org.locationtech.jts.geom.Geometry> outline = boundary == null ? java.util.Optional.empty()
                : java.util.Optional.of(org.jiceng.examples.demo.generate.OutlineFile.read(boundary));
        // The database starts while the pipeline runs and stores the cases as soon as they are located.
        try (StoreStep store = StoreStep.start(db, out, progress)) {
            DemoResult result = DemoPipeline.run(new DemoPipeline.Options(scale.spec(), seed, out, outline), progress,
                    store::casesReady);
            result.summary().forEach(stdout::println);
            store.store(result).ifPresent(stdout::println);
        }
        stdout.flush();
        return 0;
    }
}

package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
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
// Help texts are in messages_en.properties and messages_zh.properties (keys jiceng-demo.*), chosen by --lang.
@Command(name = "jiceng-demo", mixinStandardHelpOptions = true, version = "jiceng-demo 0.1.0",
        subcommands = {ImportCommand.class, ScoreCommand.class, PartitionCommand.class, CasesCommand.class})
public final class JicengDemo implements Callable<Integer> {

    /** Default seed of the embedded demo. */
    public static final long DEFAULT_SEED = 20_250_101L;

    /**
     * Whether the main job owns the JVM (started by {@link #main}): then it keeps C2 out of the process
     * ({@link ShortRunCompiler}); an embedding caller or a test keeps its JVM as it is.
     */
    private static volatile boolean mainJobIsTheProcess;

    /** Held so the level set on it is not lost to garbage collection. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    @Spec
    private CommandLine.Model.CommandSpec commandSpec;

    /** Read from the parse result by {@link #commandLine(Language)}, on whichever (sub)command it was given. */
    @Option(names = LanguageOption.NAME, paramLabel = "zh|en", scope = CommandLine.ScopeType.INHERIT,
            converter = LanguageOption.Converter.class, descriptionKey = "lang")
    private Language lang;

    @Option(names = "--out", defaultValue = "jiceng-output")
    private Path out;

    @Option(names = "--seed", defaultValue = "" + DEFAULT_SEED)
    private long seed;

    @Option(names = "--scale", defaultValue = "xishan")
    private Scale scale;

    @Option(names = {"-q", "--quiet"})
    private boolean quiet;

    @Option(names = "--db", defaultValue = DemoDatabase.EMBEDDED)
    private String db;

    @Option(names = "--boundary", paramLabel = "FILE.geojson")
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
     * Runs the command line and exits with its code. The only place that reads the user's locale: it picks
     * the CLI's language (Chinese for any zh locale, English otherwise) unless {@code --lang} says otherwise.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        quietLibraryLogging();
        mainJobIsTheProcess = true;
        System.exit(commandLine(Language.of(Locale.getDefault())).execute(args));
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

    /** @return the configured command line in English unless {@code --lang zh} is given, for embedding and tests */
    public static CommandLine commandLine() {
        return commandLine(Language.EN);
    }

    /**
     * @param fallback the language when no {@code --lang} is given
     * @return the configured command line
     */
    static CommandLine commandLine(Language fallback) {
        CommandLine cl = new CommandLine(new JicengDemo());
        cl.setResourceBundle(Messages.of(fallback).bundle());
        // The language is known once the arguments are parsed: help, progress and errors then use it.
        cl.setExecutionStrategy(parseResult -> {
            cl.setResourceBundle(Messages.of(LanguageOption.matched(parseResult).orElse(fallback)).bundle());
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setParameterExceptionHandler(new CliErrors.CommandLineMistake(cl, fallback));
        cl.setExecutionExceptionHandler(new CliErrors.Failure());
        return cl;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = commandSpec.commandLine().getOut();
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new InputFile.BadInputException(Text.of("msg.demo.outIsFile", out));
        }
        if (mainJobIsTheProcess) {
            ShortRunCompiler.limit().ifPresent(why -> commandSpec.commandLine().getErr().println(
                    Messages.of(commandSpec.commandLine()).get("msg.demo.jitDefault", why)));
        }
        Progress progress = quiet ? Progress.silent() : ConsoleProgress.forCommand(commandSpec.commandLine());
        java.util.Optional<org.locationtech.jts.geom.Geometry> outline = boundary == null ? java.util.Optional.empty()
                : java.util.Optional.of(org.jiceng.examples.demo.generate.OutlineFile.read(boundary));
        // The database starts while the pipeline runs and stores the cases as soon as they are located.
        try (StoreStep store = StoreStep.start(db, out, progress)) {
            Messages messages = Messages.of(commandSpec.commandLine());
            DemoResult result = DemoPipeline.run(new DemoPipeline.Options(scale.spec(), seed, out, outline,
                    messages.language()), progress, store.listener());
            result.summary(messages).forEach(stdout::println);
            store.store(result, messages).ifPresent(stdout::println);
        }
        stdout.flush();
        return 0;
    }
}

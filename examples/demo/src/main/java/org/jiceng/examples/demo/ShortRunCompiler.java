package org.jiceng.examples.demo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps the JVM's optimising compiler (C2) out of the main job's process. The whole demo runs for a few
 * seconds on each core: on 2 cores C2 spent about as much CPU compiling (a third of the run's CPU) as it saved,
 * taking it from the steps; with the quick compiler (C1) alone the run took about half the CPU. The launcher
 * flag {@code -XX:TieredStopAtLevel=1} would do the same, but {@code java -jar} passes none: a compiler
 * directive (the JDK's {@code Compiler.directives_add} diagnostic command, the same as {@code jcmd}) excludes
 * every method from C2 at run time, so a method hot enough for C2 is compiled by C1 without profiling.
 *
 * <p>Only the command line's main job asks for it (never a library call or a test JVM, whose runs may be
 * long); {@code -Djiceng.demo.c2=on} keeps the JVM's default. Nothing here changes a result: only which
 * compiler turns the same bytecode into machine code.
 */
final class ShortRunCompiler {

    /** The system property that keeps C2 ({@code on}). */
    static final String KEEP_C2_PROPERTY = "jiceng.demo.c2";
    /** The directive: no method is compiled by C2. */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompiler() {
    }

    /**
     * Adds the directive unless {@code -Djiceng.demo.c2=on} was given.
     *
     * @return empty when the directive was added or not wanted; otherwise why it could not be added (the run
     *     goes on with the JVM's default compilers)
     */
    static Optional<String> limit() {
        if ("on".equals(System.getProperty(KEEP_C2_PROPERTY))) {
            return Optional.empty();
        }
        Path file = null;
        try {
            file = Files.createTempFile("jiceng-demo-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            String text = String.valueOf(answer).strip();
            // The command answers "1 compiler directives added" (or the parser's complaint).
            return text.startsWith("1 ") ? Optional.empty() : Optional.of(text);
        } catch (IOException | JMException | RuntimeException e) {
            return Optional.of(e.toString());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A leftover temporary file of 44 bytes is not worth failing the run for; it is named.
                    System.err.println("jiceng-demo: could not delete " + file + ": " + e);
                }
            }
        }
    }
}

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
 * flag {@code -XX:TieredStopAtLevel=1} does it better (no profiling tier at all; the README's command passes it), but
 * a plain {@code java -jar} passes none: a compiler
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
    private static final String STOP_AT_LEVEL = "-XX:TieredStopAtLevel=";
    private static final String COMPILATION_MODE = "-XX:CompilationMode=";
    /** The directive: no method is compiled by C2. */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompiler() {
    }

    /**
     * Whether the JVM was started without C2 (as the README's command starts it: {@code -XX:TieredStopAtLevel=1},
     * or {@code -XX:CompilationMode=quick-only}). Then there is nothing to exclude, and the platform MBean server
     * the directive needs (a tenth of a second on the main thread) is not started. The flags are read from
     * Linux's {@code /proc/self/cmdline} (the management beans' list of them costs as much as the MBean server,
     * and {@code ProcessHandle.Info} gives nothing for a command line longer than a page); the last setting of
     * a flag wins, as in the JVM. Elsewhere, or for a flag given only through {@code JAVA_TOOL_OPTIONS}, the
     * directive is added, which does no harm. The demo's own options never look like these flags.
     */
    static boolean withoutC2() {
        byte[] cmdline;
        try {
            cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return false; // not Linux: the directive is added
        }
        boolean without = false;
        for (String arg : new String(cmdline, StandardCharsets.UTF_8).split("\0")) {
            if (arg.startsWith(STOP_AT_LEVEL)) {
                String level = arg.substring(STOP_AT_LEVEL.length());
                without = level.length() == 1 && level.charAt(0) >= '0' && level.charAt(0) <= '3';
            } else if (arg.startsWith(COMPILATION_MODE)) {
                without = arg.substring(COMPILATION_MODE.length()).equals("quick-only");
            }
        }
        return without;
    }

    /**
     * Adds the directive unless {@code -Djiceng.demo.c2=on} was given.
     *
     * @return empty when the directive was added or not wanted; otherwise why it could not be added (the run
     *     goes on with the JVM's default compilers)
     */
    static Optional<String> limit() {
        if ("on".equals(System.getProperty(KEEP_C2_PROPERTY)) || withoutC2()) {
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

package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The main job's compiler directive really reaches the JVM (read back with {@code Compiler.directives_print},
 * as {@code jcmd} would), and the opt-out keeps the JVM's default. Each test removes what it added, so the
 * test JVM keeps its compilers.
 */
class ShortRunCompilerTest {

    /** A directive, as the JVM prints it, whose C2 part excludes the methods it matches. */
    private static final Pattern C2_EXCLUDED = Pattern.compile("c2 directives:\\s+inline: -\\s+Enable:\\S+ Exclude:true");

    private int added;

    @AfterEach
    void removeWhatWasAdded() throws Exception {
        System.clearProperty(ShortRunCompiler.KEEP_C2_PROPERTY);
        for (; added > 0; added--) {
            diagnostic("compilerDirectivesRemove");
        }
    }

    @Test
    void limitExcludesEveryMethodFromC2() throws Exception {
        assertThat(C2_EXCLUDED.matcher(diagnostic("compilerDirectivesPrint")).find()).as("before").isFalse();

        assertThat(ShortRunCompiler.limit()).isEmpty();
        added++;

        String directives = diagnostic("compilerDirectivesPrint");
        assertThat(C2_EXCLUDED.matcher(directives).find()).as(directives).isTrue();
        assertThat(directives).contains("matching: *.*");
    }

    @Test
    void theKeepC2PropertyLeavesTheCompilersAsTheyAre() throws Exception {
        System.setProperty(ShortRunCompiler.KEEP_C2_PROPERTY, "on");
        String before = diagnostic("compilerDirectivesPrint");

        assertThat(ShortRunCompiler.limit()).isEmpty();

        assertThat(diagnostic("compilerDirectivesPrint")).isEqualTo(before);
        assertThat(C2_EXCLUDED.matcher(before).find()).isFalse();
    }

    @Test
    void aJvmStartedWithoutC2IsToldApartFromOneWithIt() throws Exception {
        assertThat(childSays("-XX:TieredStopAtLevel=1")).isEqualTo("true");
        assertThat(childSays("-XX:CompilationMode=quick-only")).isEqualTo("true");
        assertThat(childSays("-XX:TieredStopAtLevel=4")).isEqualTo("false");
        assertThat(childSays("-Xmx512m")).isEqualTo("false");
    }

    /** What {@link ShortRunCompiler#withoutC2()} answers in a JVM started with the flag. */
    private static String childSays(String flag) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), flag,
                "-cp", System.getProperty("java.class.path"), AskWithoutC2.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    /** Run in a child JVM: prints whether it runs without C2. */
    static final class AskWithoutC2 {
        public static void main(String[] args) {
            System.out.print(ShortRunCompiler.withoutC2());
        }
    }

    private static String diagnostic(String operation) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}

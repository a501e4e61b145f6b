package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
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

    private static String diagnostic(String operation) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}

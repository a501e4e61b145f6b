package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Writing and reading a workbook prints nothing on stderr: no "Log4j API could not find a logging
 * provider" line, because the format uses no logging library at all. Checked in a fresh JVM with the
 * test class path, so no other test's logging set-up can hide the line.
 */
class QuietLoggingTest {

    @Test
    void writingAndReadingAWorkbookPrintsNothingOnStderr() throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Dorg.jboss.logging.provider=jdk", "-cp", classPath,
                QuietWorkbookRun.class.getName())).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err).isEmpty();
        assertThat(p.exitValue()).isZero();
    }
}

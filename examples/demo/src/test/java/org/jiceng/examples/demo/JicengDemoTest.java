package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JicengDemoTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedPrintsTheSameSummary() {
        Run a = run("--scale", "small", "--seed", "5", "-q", "--out", dir.resolve("a").toString());
        Run b = run("--scale", "small", "--seed", "5", "-q", "--out", dir.resolve("b").toString());
        Run c = run("--scale", "small", "--seed", "6", "-q", "--out", dir.resolve("c").toString());
        assertThat(a.code).isZero();
        assertThat(a.out).contains("Party members").isEqualTo(b.out);
        assertThat(c.out).isNotEqualTo(a.out);
        assertThat(dir.resolve("a").resolve("report.html")).isRegularFile();
    }

    @Test
    void missingInputFileExitsWithOneAndSaysSo() {
        Run r = run("import", dir.resolve("nope.csv").toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).contains("nope.csv").contains("does not exist");
    }

    @Test
    void unsupportedExtensionExitsWithOneAndListsAcceptedFormats() throws Exception {
        Path file = Files.writeString(dir.resolve("members.txt"), "x", StandardCharsets.UTF_8);
        Run r = run("score", file.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).contains("'txt'").contains("csv").contains("xlsx").contains("geojson")
                .contains("dyx"); // the vendor plugin's format, found through ServiceLoader
    }

    @Test
    void emptyInputFileExitsWithOne() throws Exception {
        Path file = Files.createFile(dir.resolve("buildings.geojson"));
        Run r = run("partition", file.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).contains("is empty");
    }

    @Test
    void outputFolderThatIsAFileExitsWithOne() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x", StandardCharsets.UTF_8);
        Run r = run("--scale", "small", "-q", "--out", file.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).contains("not-a-folder").contains("is a file");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Run r = run("--no-such-option");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("--no-such-option");
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        return run(Language.EN, args);
    }

    /** Runs the CLI in-process as {@code main} would for a user whose locale gives {@code fallback}. */
    static Run run(Language fallback, String... args) {
        CommandLine cl = JicengDemo.commandLine(fallback);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}

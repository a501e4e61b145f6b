package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: streaming within a small heap, the error cap, and its own exit code for out of memory. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsAFileWhoseRecordsWouldNotFitTheHeapByStreamingThem() throws Exception {
        int rows = 600_000;
        Path csv = dir.resolve("persons.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("编号,姓名\n");
            for (int i = 0; i < rows; i++) {
                w.write("p" + i + ",张三" + (i % 1000) + "\n");
            }
        }
        // 600,000 Person records with their strings need far more than a 64 MB heap; counting them does not.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                JicengDemo.class.getName(), "import", csv.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("read " + rows + ", accepted " + rows + ", rejected 0").contains("Person: " + rows);
    }

    @Test
    void maxErrorsStopsTheImportAndSaysHowManyRowsWereNotRead() throws Exception {
        StringBuilder s = new StringBuilder("编号,姓名\n");
        for (int i = 0; i < 10; i++) {
            s.append("p").append(i).append(",\n");
        }
        Path csv = Files.writeString(dir.resolve("persons.csv"), s.append("q1,李四\n"), StandardCharsets.UTF_8);
        JicengDemoTest.Run r = JicengDemoTest.run("import", "--max-errors", "3", csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("read 3, accepted 0, rejected 3").contains("8 more row(s) of persons.csv not read");
        assertThat(r.err()).contains("line 2", "line 3", "line 4").doesNotContain("line 5")
                .contains("3 of 3 rows of " + csv + " were rejected; stopped after 3 rejected rows");
    }

    @Test
    void outOfMemoryExitsWithItsOwnCodeAndSaysItIsNotBadInput() throws Exception {
        StringWriter err = new StringWriter();
        int code = ImportCommand.guarded(new PrintWriter(err), Messages.of(Language.EN), () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(code).isEqualTo(ImportCommand.OUT_OF_MEMORY).isEqualTo(3);
        assertThat(err.toString()).contains("out of memory", "Java heap space", "not a problem of the input file", "-Xmx");
        assertThat(ImportCommand.guarded(new PrintWriter(err), Messages.of(Language.EN), () -> 0)).isZero();
        assertThat(JicengDemoTest.run("import", "--help").out()).contains("3", "out of memory");
    }

    @Test
    void normalisedValuesAndKeptColumnsShowInTheSummary() throws Exception {
        Path csv = Files.write(dir.resolve("roster.csv"), List.of("序号,编号,姓名,民族", "1, p1 ,张三,汉族", "2,p2,李四,回族"),
                StandardCharsets.UTF_8);
        JicengDemoTest.Run r = JicengDemoTest.run("import", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("read 2, accepted 2 (1 normalised), rejected 0, 3 warning(s), UTF-8")
                .contains("warning: roster.csv line 2 (row 1) column '编号' value ' p1 ' -> 'p1': "
                        + "leading or trailing white space removed [trim]")
                .contains("warning: roster.csv line 1 column '民族'", "kept in the records' extras");
        assertThat(JicengDemoTest.run("import", "--warnings", "1", csv.toString()).out()).contains("... and 2 more warning(s)");
    }
}

package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jiceng.examples.demo.JicengDemoTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not on a terminal (as under Maven), the long steps print plain lines with counts and percent on stderr;
 * stdout keeps only the summary.
 */
class ProgressOutputTest {

    @TempDir
    static Path dir;

    private static Run demo;

    @BeforeAll
    static void runTheDemoWithProgress() {
        demo = JicengDemoTest.run("--scale", "small", "--db", "none", "--out", dir.resolve("out").toString());
        assertThat(demo.code()).as(demo.err()).isZero();
    }

    @Test
    void validateScoreAndExportCountTheirWorkInPlainLines() {
        assertThat(demo.err()).containsPattern("\\[validate\\] [\\d,]+/[\\d,]+ records \\(10%\\)")
                .containsPattern("\\[validate\\] ([\\d,]+)/\\1 records \\(100%\\)")
                .contains("[score] 1/8 rule packs (12%)", "[score] 8/8 rule packs (100%)")
                .containsPattern("\\[export\\] [\\d,]+/[\\d,]+ outputs \\([1-9]\\d%\\)")
                .containsPattern("\\[export\\] ([\\d,]+)/\\1 outputs \\(100%\\)")
                .doesNotContain("\r");
    }

    @Test
    void stdoutHoldsTheSummaryAndNoProgress() {
        assertThat(demo.out()).contains("Party members").doesNotContain("[validate]").doesNotContain("records (");
    }

    @Test
    void importCountsTheBytesOfTheFileItReads() {
        Run r = JicengDemoTest.run("import", dir.resolve("out").resolve("csv").resolve("党员.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("[import] ").containsPattern("\\[import\\] ([\\d.]+)/\\1 MB \\(100%\\)");
        assertThat(r.out()).doesNotContain("[import]");
        Run zh = JicengDemoTest.run("import", "--lang", "zh",
                dir.resolve("out").resolve("csv").resolve("党员.csv").toString());
        assertThat(zh.err()).contains("[导入] 读取文件……").containsPattern("\\[导入\\] ([\\d.]+)/\\1 MB（100%）");
    }

    @Test
    void quietPrintsNoProgress() {
        Run r = JicengDemoTest.run("import", "-q", dir.resolve("out").resolve("csv").resolve("党员.csv").toString());
        assertThat(r.err()).isEmpty();
    }
}

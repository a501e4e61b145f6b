package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.jiceng.examples.demo.pipeline.Progress;
import org.junit.jupiter.api.Test;

/** Progress shows counts and percent: plain lines when not on a terminal, a bar redrawn in place on one. */
class ConsoleProgressTest {

    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private ConsoleProgress progress(Language language, boolean terminal) {
        return new ConsoleProgress(new PrintWriter(text), Messages.of(language), terminal, clock::get);
    }

    @Test
    void withoutATerminalEveryTenthOfTheWorkIsOnePlainLine() {
        ConsoleProgress p = progress(Language.EN, false);
        p.start("validate", "Bean Validation of every record");
        Progress.Counter c = p.counter("validate", 2_000, "records");
        IntStream.range(0, 2_000).forEach(i -> c.add(1));
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1234));
        p.end("validate", "2000 records checked");
        assertThat(text.toString().lines()).containsExactly(
                "[validate] Bean Validation of every record ...",
                "[validate] 200/2,000 records (10%)", "[validate] 400/2,000 records (20%)",
                "[validate] 600/2,000 records (30%)", "[validate] 800/2,000 records (40%)",
                "[validate] 1,000/2,000 records (50%)", "[validate] 1,200/2,000 records (60%)",
                "[validate] 1,400/2,000 records (70%)", "[validate] 1,600/2,000 records (80%)",
                "[validate] 1,800/2,000 records (90%)", "[validate] 2,000/2,000 records (100%)",
                "[validate] 2000 records checked (1234 ms)");
        assertThat(text.toString()).doesNotContain("\r");
    }

    @Test
    void plainLinesAreInChineseInChinese() {
        ConsoleProgress p = progress(Language.ZH, false);
        p.start("score", "scoring members");
        Progress.Counter c = p.counter("score", 8, "rule-packs");
        for (int i = 0; i < 8; i++) {
            c.add(1);
        }
        p.end("score", "scored");
        assertThat(text.toString().lines()).first().asString().startsWith("[计分] 用已安装的规则包计分");
        assertThat(text.toString()).contains("[计分] 1/8 个规则包（12%）", "[计分] 8/8 个规则包（100%）",
                "[计分] 完成（0 毫秒）：scored");
    }

    @Test
    void aSlowStepWithoutAKnownTotalPrintsItsCountEveryFewSeconds() {
        ConsoleProgress p = progress(Language.EN, false);
        Progress.Counter c = p.counter("import", 0, "records");
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(200));
            c.add(1);
        }
        // 100 rows over 20 s: a line every 5 s, not one per row.
        assertThat(text.toString().lines()).containsExactly("[import] 25 records", "[import] 50 records",
                "[import] 75 records", "[import] 100 records");
    }

    @Test
    void bytesAreShownInMegabytes() {
        ConsoleProgress p = progress(Language.EN, false);
        Progress.Counter c = p.counter("import", 3_000_000, "bytes");
        c.add(3_000_000);
        assertThat(text.toString()).isEqualTo("[import] 3.0/3.0 MB (100%)" + System.lineSeparator());
    }

    @Test
    void onATerminalOneBarIsRedrawnInPlaceAndEndsItsLine() {
        ConsoleProgress p = progress(Language.EN, true);
        Progress.Counter c = p.counter("export", 4, "outputs");
        c.add(1);
        c.add(1);
        assertThat(text.toString()).isEqualTo("\r[export] [" + "#".repeat(6) + ".".repeat(18) + "]  25% 1/4 outputs"
                + "\r[export] [" + "#".repeat(12) + ".".repeat(12) + "]  50% 2/4 outputs");
        c.add(2);
        p.start("report", "writing report.html");
        String all = text.toString();
        assertThat(all).contains("\r[export] [########################] 100% 4/4 outputs" + System.lineSeparator()
                + "[report] writing report.html ...");
        assertThat(all.split(System.lineSeparator(), -1)).hasSize(3).endsWith("");
    }

    @Test
    void countsFromManyThreadsAddUp() {
        ConsoleProgress p = progress(Language.EN, false);
        Progress.Counter c = p.counter("validate", 100_000, "records");
        IntStream.range(0, 100_000).parallel().forEach(i -> c.add(1));
        assertThat(text.toString()).contains("[validate] 100,000/100,000 records (100%)");
        assertThat(text.toString().lines().count()).isLessThanOrEqualTo(10);
    }
}

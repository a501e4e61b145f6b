package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.jiceng.examples.demo.JicengDemoTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each step's one-line result (progress on stderr, the summary's step lines, the report's step table) comes
 * from the message catalogue of the run's language: {@code --lang zh} prints none of the English step results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepResultLanguagesTest {

    private static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /**
     * An English fragment of a step result: two words, or a word with punctuation ({@code " areas, "}); a lone
     * word such as {@code " cases"} is also in the bilingual labels of the key numbers.
     */
    private static final Pattern ENGLISH_FRAGMENT = Pattern.compile("[A-Za-z]{3,}(\\W*[,;:(]|\\W+[A-Za-z]{2,})");
    /** Steps whose result a small district always has: all but the ones that may be skipped. */
    private static final List<String> DONE_STEPS = List.of("generate", "validate", "registry", "partition", "cases",
            "anticipate", "export");

    private Run zh;
    /** The report's step table. */
    private String zhReport;

    @BeforeAll
    void runInChinese(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("zh");
        zh = JicengDemoTest.run(Language.EN, "--lang", "zh", "--scale", "small", "--seed", "5", "--db", "none",
                "--out", out.toString());
        assertThat(zh.code()).as(zh.err()).isZero();
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        // The report is bilingual elsewhere; its step table is in the run's language.
        int table = html.indexOf("<section id=\"pipeline\"");
        assertThat(table).isNotNegative();
        zhReport = html.substring(table, html.indexOf("</section>", table));
    }

    /** The literal text between the conversions of a pattern. */
    private static List<String> fragments(String pattern) {
        List<String> parts = new ArrayList<>();
        for (String part : CONVERSION.split(pattern)) {
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static ResourceBundle bundle(Language l) {
        return Messages.of(l).bundle();
    }

    private static List<String> detailKeys() {
        return bundle(Language.EN).keySet().stream().filter(k -> k.startsWith("msg.detail.")).sorted().toList();
    }

    @Test
    void aChineseRunPrintsNoEnglishStepResult() {
        ResourceBundle en = bundle(Language.EN);
        assertThat(detailKeys()).hasSizeGreaterThan(10);
        for (String key : detailKeys()) {
            for (String fragment : fragments(en.getString(key))) {
                if (ENGLISH_FRAGMENT.matcher(fragment).find()) {
                    assertThat(zh.out()).as(key + " in the summary").doesNotContain(fragment);
                    assertThat(zh.err()).as(key + " in the progress").doesNotContain(fragment);
                    assertThat(zhReport).as(key + " in the report").doesNotContain(fragment);
                }
            }
        }
    }

    @Test
    void everyStepLineOfTheSummaryIsTheChineseCatalogueText() {
        Messages m = Messages.of(Language.ZH);
        for (String step : DONE_STEPS) {
            String prefix = String.format(Locale.ROOT, "  %-6s %-4s ", m.get("msg.step." + step),
                    m.get("msg.status.DONE"));
            String line = zh.out().lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(
                    () -> new AssertionError("no summary line for " + step + " in:\n" + zh.out()));
            String detailKey = "msg.detail." + step;
            for (String fragment : fragments(bundle(Language.ZH).getString(detailKey))) {
                assertThat(line).as(detailKey).contains(fragment);
                assertThat(zhReport).as(detailKey + " in the report").contains(fragment.strip());
            }
            assertThat(line.substring(prefix.length())).containsPattern(HAN);
        }
        assertThat(zh.out()).contains("  插件（").containsPattern("  报告：report.html（共 \\d+ 个文件）");
        assertThat(zh.err()).containsPattern("\\[网格划分\\] 完成（\\d+ 毫秒）：\\d+ 个网格（");
    }

    @Test
    void englishStepResultsAreTheTextsTheDemoAlwaysPrinted() {
        Messages en = Messages.of(Language.EN);
        assertThat(en.get("msg.detail.generate", 1, 2, 3, 4, 5)).isEqualTo("1 areas, 2 organisations, 3 members, 4 events, 5 cases");
        assertThat(en.get("msg.detail.validate", 10, 2, 1)).isEqualTo("10 records checked, 2 violations of 1 rules");
        assertThat(en.get("msg.detail.registry", 7, 3, 0, "{}")).isEqualTo(
                "registry of 7 persons, 3 organisations; 0 integrity problems {}");
        assertThat(en.get("msg.detail.partition", 4, "kmeans", 1.23456, 1.1, 0.5, 0.81234, 0)).isEqualTo(
                "4 grids (kmeans); load max/avg worst 1.235, mean 1.100; worst excess over floor 0.500; mean compactness"
                        + " 0.81; 0 non-contiguous");
        assertThat(en.get("msg.detail.score", "a, b", en.get("msg.detail.score.notInstalled", "c")))
                .isEqualTo("scored with a, b; packs not installed: c");
        assertThat(en.get("msg.detail.cases", 9, 8, 7, "77.8%", "50.0%", 1, 3, en.get("msg.detail.cases.refused", 2),
                6, 9, "strtree")).isEqualTo("9 received, 8 accepted, 7 resolved (77.8%), on time 50.0%, overdue 1, 3"
                        + " departments, 2 steps refused by the state machine; 6 of 9 located to a grid (strtree index)");
        assertThat(en.get("msg.detail.export", 2, "csv/, " + en.get("msg.detail.export.input", "input", 4)))
                .isEqualTo("2 files: csv/, input/ (unmasked, synthetic, 4 files)");
        assertThat(en.get("msg.summary.step", "partition", "DONE", "x")).isEqualTo("  partition  DONE    x");
        assertThat(en.get("msg.summary.plugins", 3)).isEqualTo("  plugins (3):");
        assertThat(en.get("msg.summary.report", "report.html", 27)).isEqualTo("  report: report.html (27 files)");
        assertThat(en.get("msg.skip.score", List.of("a"))).isEqualTo("no rule pack installed: [a]");
    }
}

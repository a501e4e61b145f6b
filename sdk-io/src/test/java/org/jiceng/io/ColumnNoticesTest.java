package org.jiceng.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/** Columns no field takes are kept in extras or reported as ignored, once per file; never dropped silently. */
class ColumnNoticesTest {

    private static ImportResult read(String format, String name, String text) {
        return Importer.of(Formats.forName(format), ImportOptions.defaults())
                .read(ImportSource.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String notice(ImportWarning w) {
        return w.rule() + " " + w.column().orElse("");
    }

    @Test
    void repeatedAndHeaderlessColumnsAreReportedAndTheRestKept() {
        ImportResult r = read("csv", "persons.csv", "编号,姓名,备注,备注,,民族\np1,张三,a,b,,汉族\np2,李四,c,d,x,回族\n");
        assertThat(r.dataset().persons().get(0).extras()).containsExactly(Map.entry("备注", "a"), Map.entry("民族", "汉族"));
        assertThat(r.report().warnings()).extracting(ColumnNoticesTest::notice).containsExactly(
                "column-kept 备注", "column-kept 民族", "column-ignored 备注", "column-ignored #5");
        assertThat(r.report().warnings().get(3).messageEn()).contains("column 5 holds data but has no header", "line 3");
    }

    @Test
    void kindsWithoutExtrasReportEachUnknownJsonKeyOnce() {
        ImportResult r = read("json", "areas.json", "[{\"id\":\"a1\",\"name\":\"永兴路社区\",\"level\":\"COMMUNITY\",\"备注\":\"x\"},"
                + "{\"id\":\"a2\",\"name\":\"福海社区\",\"level\":\"COMMUNITY\",\"备注\":\"y\",\"面积\":\"3\"},"
                + "{\"id\":\"a3\",\"name\":\"春雨社区\",\"level\":\"COMMUNITY\",\"面积\":\"4\"}]");
        assertThat(r.report().accepted()).isEqualTo(3);
        assertThat(r.report().warnings()).extracting(ColumnNoticesTest::notice)
                .containsExactly("column-ignored 备注", "column-ignored 面积");
    }
}

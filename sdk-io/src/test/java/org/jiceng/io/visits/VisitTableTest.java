package org.jiceng.io.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.cases.anticipate.Visit;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.mapping.MappedImport;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Household visits imported and exported like every other kind: validated, masked, reported by row. */
class VisitTableTest {

    static final Visit FULL = new Visit("V-2024-00001", "G001", Optional.of("G001-X0"), Optional.of("G001-H17"),
            "member-G001-3", LocalDate.of(2024, 5, 6), List.of("S01", "S07"), List.of("漏水"), true,
            Optional.of("王某某"), Optional.of("13912345678"), "反映楼道漏水");
    static final Visit BARE = Visit.of("V-2024-00002", "G002", "member-G002-1", LocalDate.of(2024, 5, 7), List.of());

    @ParameterizedTest
    @ValueSource(strings = {"visits.csv", "走访记录.json", "visits.jsonl"})
    void anUnmaskedExportIsImportedBackEqual(String name, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(name);
        Exporter.write(VisitTable.MAPPING, List.of(FULL, BARE), file, ExportOptions.defaults().unmasked());

        MappedImport<Visit> back = Importer.read(file, VisitTable.MAPPING, ImportOptions.defaults());

        assertThat(back.report().errors()).isEmpty();
        assertThat(back.rows()).containsExactly(FULL, BARE);
    }

    @Test
    void theDefaultExportMasksTheResidentsNameAndPhone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("csv"), ExportOptions.defaults()).write(VisitTable.MAPPING, List.of(FULL), out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF走访编号,网格编号,小区编号,户编号,走访人编号,走访日期,诉求类别,标签,需跟进,居民姓名,联系电话,民情记录\r\n")
                .contains("V-2024-00001,G001,G001-X0,G001-H17,member-G001-3,2024-05-06,S01;S07,漏水,是,王**,139****5678,")
                .doesNotContain("王某某").doesNotContain("13912345678");
    }

    @Test
    void aDiaryWithAliasesIsReadAndABadPhoneOrDateIsRejectedByRowWithTheValueMasked() {
        String csv = "序号,编号,所属网格,走访干部,日期,问题类别,是否需要跟进,受访人,手机号,备注,天气\n"
                + "1,V1,G001,m1,2024/5/6,S01,是,张某,13812345678,漏水\n"
                + "2,V2,G001,m1,2024-05-07,,否,李某,1381234567,\n"
                + "3,V3,G002,m2,五月八日,S02,否,,,\n";
        MappedImport<Visit> r = Importer.of(Formats.forName("csv"), ImportOptions.defaults())
                .read(ImportSource.of("民情日记.csv", csv.getBytes(StandardCharsets.UTF_8)), VisitTable.MAPPING);

        assertThat(r.report().read()).isEqualTo(3);
        assertThat(r.rows()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo("V1");
            assertThat(v.date()).isEqualTo(LocalDate.of(2024, 5, 6));
            assertThat(v.followUpNeeded()).isTrue();
            assertThat(v.residentName()).contains("张某");
            assertThat(v.note()).isEqualTo("漏水");
        });
        assertThat(r.report().errors()).extracting(RowError::column, RowError::rawValue, RowError::constraint)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Optional.of("手机号"), Optional.of("138***4567"),
                                "PhoneNumber"),
                        org.assertj.core.groups.Tuple.tuple(Optional.of("日期"), Optional.of("五月八日"), "format"));
        assertThat(r.report().errors()).extracting(e -> e.location().row()).containsExactly(2L, 3L);
        assertThat(r.report().warnings()).filteredOn(w -> w.rule().equals(ImportWarning.COLUMN_IGNORED))
                .extracting(w -> w.column().orElseThrow()).containsExactlyInAnyOrder("序号", "天气");
    }
}

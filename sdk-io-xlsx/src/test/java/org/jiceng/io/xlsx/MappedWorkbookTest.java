package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.cases.anticipate.Visit;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.mapping.MappedImport;
import org.jiceng.io.mapping.Resident;
import org.jiceng.io.mapping.TableMapping;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.visits.VisitTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integrators' own records and household visits through XLSX with a table mapping: workbooks made by
 * openpyxl ({@code real-world/make-mapped-fixtures.py}) read with typed cells, and exports read back.
 */
class MappedWorkbookTest {

    private static final TableMapping<Resident> RESIDENTS = TableMapping.of(Resident.class);

    private static final Resident ZHANG = new Resident("张三", "11010519491231002X", Optional.of("13812345678"),
            LocalDate.of(1949, 12, 31), 3, 100200300400L, new BigDecimal("1200.50"), true,
            Resident.Residence.RESIDENT, Optional.empty());
    private static final Resident LI = new Resident("李四", "530111198001011233", Optional.empty(),
            LocalDate.of(1980, 1, 1), 2, 100200300401L, BigDecimal.ZERO, false, Resident.Residence.MIGRANT,
            Optional.of("=HYPERLINK(\"x\") 租户"));

    @Test
    void anOpenpyxlRosterIsReadThroughTheAnnotatedRecordWithTypedCells() {
        MappedImport<Resident> r = Importer.read(RealWorldWorkbooksTest.fixture("residents-roster.xlsx"), RESIDENTS,
                ImportOptions.defaults());

        assertThat(r.report().read()).isEqualTo(3);
        assertThat(r.rows()).hasSize(2);
        Resident zhang = r.rows().get(0);
        assertThat(zhang.idNumber()).isEqualTo("11010519491231002X");
        assertThat(zhang.born()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(zhang.householdSize()).isEqualTo(3);
        assertThat(zhang.registerNumber()).isEqualTo(100200300400L);
        assertThat(zhang.allowance()).isEqualByComparingTo("1200.5");
        assertThat(zhang.partyMember()).isTrue();
        assertThat(zhang.residence()).isEqualTo(Resident.Residence.RESIDENT);
        Resident li = r.rows().get(1);
        assertThat(li.born()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(li.partyMember()).isFalse();
        assertThat(li.note()).contains("租户");
    }

    @Test
    void theRowWithABadIdNumberIsRejectedBySheetRowColumnAndMaskedValue() {
        MappedImport<Resident> r = Importer.read(RealWorldWorkbooksTest.fixture("residents-roster.xlsx"), RESIDENTS,
                ImportOptions.defaults());

        RowError e = r.report().errors().get(0);
        assertThat(r.report().errors()).hasSize(1);
        assertThat(e.location().sheet()).contains("居民花名册");
        assertThat(e.location().row()).isEqualTo(5);
        assertThat(e.column()).contains("公民身份号码");
        assertThat(e.rawValue()).contains("530111********1234");
        assertThat(e.constraint()).isEqualTo("ChineseIdNumber");
        assertThat(r.report().warnings()).filteredOn(w -> w.rule().equals(ImportWarning.COLUMN_IGNORED))
                .extracting(w -> w.column().orElseThrow()).containsExactlyInAnyOrder("序号", "民族");
        assertThat(r.report().warnings()).anySatisfy(w -> assertThat(w.rule()).isEqualTo("sheet-skipped"));
    }

    @Test
    void anUnmaskedWorkbookExportIsImportedBackEqual(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("居民.xlsx");
        Exporter.write(RESIDENTS, List.of(ZHANG, LI), file, ExportOptions.defaults().unmasked());

        MappedImport<Resident> back = Importer.read(file, RESIDENTS, ImportOptions.defaults());

        assertThat(back.report().errors()).isEmpty();
        assertThat(back.rows()).containsExactly(ZHANG, LI);
    }

    @Test
    void anOpenpyxlVisitDiaryIsReadWithTheBadPhoneRejectedAndMasked() {
        MappedImport<Visit> r = Importer.read(RealWorldWorkbooksTest.fixture("visit-diary.xlsx"), VisitTable.MAPPING,
                ImportOptions.defaults());

        assertThat(r.rows()).extracting(Visit::id).containsExactly("V1", "V2");
        Visit v1 = r.rows().get(0);
        assertThat(v1.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(v1.situationCodes()).containsExactly("S01", "S07");
        assertThat(v1.followUpNeeded()).isTrue();
        assertThat(v1.residentPhone()).contains("13912345678");
        assertThat(r.report().errors()).singleElement().satisfies(e -> {
            assertThat(e.location().row()).isEqualTo(5);
            assertThat(e.column()).contains("手机号");
            assertThat(e.rawValue()).contains("138***4567");
            assertThat(e.constraint()).isEqualTo("PhoneNumber");
        });
    }

    @Test
    void visitsExportedUnmaskedToAWorkbookAreImportedBackEqual(@TempDir Path dir) throws IOException {
        Visit full = new Visit("V-1", "G001", Optional.of("G001-X0"), Optional.empty(), "member-G001-3",
                LocalDate.of(2024, 5, 6), List.of("S01"), List.of("漏水", "夜间"), true, Optional.of("王某某"),
                Optional.of("13912345678"), "反映楼道漏水");
        Visit bare = Visit.of("V-2", "G002", "member-G002-1", LocalDate.of(2024, 5, 7), List.of());
        Path file = dir.resolve("visits.xlsx");
        Exporter.write(VisitTable.MAPPING, List.of(full, bare), file, ExportOptions.defaults().unmasked());

        assertThat(Importer.read(file, VisitTable.MAPPING, ImportOptions.defaults()).rows()).containsExactly(full, bare);
    }
}

package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.mapping.MappedImport;
import org.jiceng.io.mapping.Resident;
import org.jiceng.io.mapping.ResidentBean;
import org.jiceng.io.mapping.TableMapping;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An integrator's EasyExcel-style class ({@link ResidentBean}) through XLSX: the roster openpyxl wrote
 * ({@code real-world/make-mapped-fixtures.py}) read with typed cells into beans, with the same rows, row
 * errors and warnings as the record twin {@link Resident}; beans exported to a workbook read back equal.
 */
class MappedPojoWorkbookTest {

    private static final TableMapping<ResidentBean> BEANS = TableMapping.of(ResidentBean.class);
    private static final TableMapping<Resident> RECORDS = TableMapping.of(Resident.class);

    @Test
    void anOpenpyxlRosterIsReadIntoBeansAsIntoTheRecord() {
        Path roster = RealWorldWorkbooksTest.fixture("residents-roster.xlsx");
        MappedImport<ResidentBean> beans = Importer.read(roster, BEANS, ImportOptions.defaults());
        MappedImport<Resident> records = Importer.read(roster, RECORDS, ImportOptions.defaults());

        assertThat(beans.report().read()).isEqualTo(3);
        assertThat(beans.rows()).hasSize(2).containsExactlyElementsOf(records.rows().stream().map(ResidentBean::of)
                .toList());
        ResidentBean zhang = beans.rows().get(0);
        assertThat(zhang.getIdNumber()).isEqualTo("11010519491231002X");
        assertThat(zhang.born).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(zhang.getHouseholdSize()).isEqualTo(3);
        assertThat(zhang.getRegisterNumber()).isEqualTo(100200300400L);
        assertThat(zhang.getAllowance()).isEqualByComparingTo("1200.5");
        assertThat(zhang.isPartyMember()).isTrue();
        assertThat(zhang.getNote()).isEmpty();
        assertThat(beans.rows().get(1).getNote()).isEqualTo("租户");

        RowError e = beans.report().errors().get(0);
        assertThat(beans.report().errors()).hasSize(1);
        assertThat(e.location().sheet()).contains("居民花名册");
        assertThat(e.location().row()).isEqualTo(5);
        assertThat(e.column()).contains("公民身份号码");
        assertThat(e.rawValue()).contains("530111********1234");
        assertThat(e.constraint()).isEqualTo("ChineseIdNumber");
        assertThat(beans.report().warnings()).extracting(ImportWarning::describe).containsExactlyElementsOf(
                records.report().warnings().stream().map(ImportWarning::describe).toList());
    }

    @Test
    void beansExportedToAWorkbookAreImportedBackEqualAndMaskedByDefault(@TempDir Path dir) throws IOException {
        ResidentBean zhang = ResidentBean.of(new Resident("张三", "11010519491231002X", Optional.of("13812345678"),
                LocalDate.of(1949, 12, 31), 3, 100200300400L, new BigDecimal("1200.50"), true,
                Resident.Residence.RESIDENT, Optional.empty()));
        ResidentBean li = ResidentBean.of(new Resident("李四", "530111198001011233", Optional.empty(),
                LocalDate.of(1980, 1, 1), 2, 100200300401L, BigDecimal.ZERO, false, Resident.Residence.MIGRANT,
                Optional.of("=HYPERLINK(\"x\") 租户")));
        Path unmasked = Exporter.write(BEANS, List.of(zhang, li), dir.resolve("居民.xlsx"),
                ExportOptions.defaults().unmasked());

        MappedImport<ResidentBean> back = Importer.read(unmasked, BEANS, ImportOptions.defaults());
        assertThat(back.report().errors()).isEmpty();
        assertThat(back.rows()).containsExactly(zhang, li);

        Path masked = Exporter.write(BEANS, List.of(zhang), dir.resolve("居民-脱敏.xlsx"), ExportOptions.defaults());
        MappedImport<Resident> maskedBack = Importer.read(masked, RECORDS, ImportOptions.defaults().withValidation(
                false));
        assertThat(maskedBack.rows()).singleElement().satisfies(r -> {
            assertThat(r.idNumber()).isEqualTo("110105********002X");
            assertThat(r.phone()).contains("138****5678");
        });
    }
}

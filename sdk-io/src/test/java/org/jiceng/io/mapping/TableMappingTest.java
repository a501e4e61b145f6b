package org.jiceng.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.HeaderLanguage;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An integrator's own annotated record ({@link Resident}) imported and exported through the formats of
 * sdk-io with the built-in kinds' header matching, normalisation warnings, validation, masking and report.
 */
class TableMappingTest {

    static final TableMapping<Resident> RESIDENTS = TableMapping.of(Resident.class);

    static final Resident ZHANG = new Resident("张三", "11010519491231002X", Optional.of("13812345678"),
            LocalDate.of(1949, 12, 31), 3, 100200300400L, new BigDecimal("1200.50"), true,
            Resident.Residence.RESIDENT, Optional.empty());
    static final Resident LI = new Resident("李四", "530111198001011233", Optional.empty(), LocalDate.of(1980, 1, 1), 2,
            100200300401L, BigDecimal.ZERO, false, Resident.Residence.MIGRANT, Optional.of("租户; =1+1, \"引号\""));

    private static Path handWritten() throws URISyntaxException {
        return Path.of(TableMappingTest.class.getResource("居民花名册.csv").toURI());
    }

    @Test
    void mappingFollowsTheAnnotations() {
        assertThat(RESIDENTS.label()).isEqualTo("居民");
        assertThat(RESIDENTS.key()).isEqualTo("residents");
        assertThat(RESIDENTS.columns()).extracting(MappedColumn::header).containsExactly("姓名", "身份证号", "联系电话",
                "出生日期", "家庭人口", "户籍编号", "补贴金额", "是否党员", "居住状态", "备注");
        assertThat(RESIDENTS.columns().get(1).aliases()).containsExactly("公民身份号码", "ID number");
        assertThat(RESIDENTS.columns()).extracting(MappedColumn::personal).containsExactly(PersonalData.NONE,
                PersonalData.ID_NUMBER, PersonalData.PHONE, PersonalData.NONE, PersonalData.NONE, PersonalData.NONE,
                PersonalData.NONE, PersonalData.NONE, PersonalData.NONE, PersonalData.NONE);
    }

    @Test
    void aHandWrittenCsvWithATitleRowAndAliasesIsReadRowByRow() throws Exception {
        MappedImport<Resident> result = Importer.read(handWritten(), RESIDENTS, ImportOptions.defaults());

        assertThat(result.report().read()).isEqualTo(4);
        assertThat(result.report().accepted()).isEqualTo(3);
        assertThat(result.report().rejected()).isEqualTo(1);
        assertThat(result.rows()).hasSize(3);
        assertThat(result.rows().get(0)).isEqualTo(ZHANG);
        Resident zhao = result.rows().get(2);
        assertThat(zhao.partyMember()).isTrue();
        assertThat(zhao.residence()).isEqualTo(Resident.Residence.MIGRANT);
        assertThat(zhao.born()).isEqualTo(LocalDate.of(1975, 12, 12));
        assertThat(zhao.note()).contains("两行\r\n备注");
        assertThat(result.rows().get(1).note()).contains("租户");
        assertThat(result.rows().get(1).phone()).isEmpty();
    }

    @Test
    void aRowWithAnInvalidIdNumberIsRejectedWithRowColumnMaskedValueAndRule() throws Exception {
        MappedImport<Resident> result = Importer.read(handWritten(), RESIDENTS, ImportOptions.defaults());

        assertThat(result.report().errors()).hasSize(1);
        RowError e = result.report().errors().get(0);
        assertThat(e.location().line()).isEqualTo(5);
        assertThat(e.location().row()).isEqualTo(3);
        assertThat(e.column()).contains("公民身份号码");
        assertThat(e.rawValue()).contains("530111********1234");
        assertThat(e.constraint()).isEqualTo("ChineseIdNumber");
        assertThat(e.messageZh()).contains("身份证").doesNotContain("530111198001011234");
        assertThat(e.messageEn()).doesNotContain("530111198001011234");
    }

    @Test
    void normalisedValuesAreWarnedAboutAndUnknownColumnsReportedOnceAsIgnored() throws Exception {
        MappedImport<Resident> result = Importer.read(handWritten(), RESIDENTS, ImportOptions.defaults());
        List<ImportWarning> warnings = result.report().warnings();

        assertThat(warnings).filteredOn(w -> w.rule().equals(ImportWarning.COLUMN_IGNORED))
                .extracting(w -> w.column().orElseThrow()).containsExactlyInAnyOrder("序号", "民族");
        assertThat(warnings).filteredOn(w -> w.rule().equals(ImportWarning.COLUMN_IGNORED))
                .allSatisfy(w -> assertThat(w.messageZh()).contains("居民"));
        assertThat(warnings).filteredOn(w -> w.rule().equals(ImportWarning.ID_CHECK_X))
                .singleElement().satisfies(w -> assertThat(w.normalisedValue()).contains("110105********002X"));
        assertThat(warnings).filteredOn(w -> w.rule().equals(ImportWarning.TRIM)).hasSize(1);
        assertThat(warnings).filteredOn(w -> w.rule().equals(ImportWarning.DATE))
                .extracting(w -> w.originalValue().orElseThrow())
                .containsExactly("1949/12/31", "1980年1月1日", "1975.12.12");
    }

    @Test
    void aMissingRequiredColumnFailsTheSourceNamingItInChineseAndEnglish() {
        byte[] csv = "姓名,身份证号,出生日期\n张三,11010519491231002X,1949-12-31\n".getBytes(StandardCharsets.UTF_8);
        Importer importer = Importer.of(Formats.forName("csv"), ImportOptions.defaults());

        assertThatThrownBy(() -> importer.read(ImportSource.of("居民.csv", csv), RESIDENTS))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.UNMAPPABLE);
                    assertThat(e.messageZh()).contains("居民表头缺少必填列").contains("家庭人口").contains("居住状态");
                    assertThat(e.messageEn()).contains("residents").contains("householdSize").contains("residence");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"residents.csv", "residents.json", "residents.jsonl"})
    void anUnmaskedExportIsImportedBackEqual(String name, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(name);
        Exporter.write(RESIDENTS, List.of(ZHANG, LI), file, ExportOptions.defaults().unmasked());

        MappedImport<Resident> back = Importer.read(file, RESIDENTS, ImportOptions.defaults());

        assertThat(back.report().errors()).isEmpty();
        assertThat(back.rows()).containsExactly(ZHANG, LI);
    }

    @Test
    void anEnglishExportUsesComponentNamesAndIsImportedBackEqual(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        Exporter.write(RESIDENTS, List.of(ZHANG, LI), file,
                ExportOptions.defaults().unmasked().withLanguage(HeaderLanguage.ENGLISH));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFFname,idNumber,phone,born,");
        assertThat(Importer.read(file, RESIDENTS, ImportOptions.defaults()).rows()).containsExactly(ZHANG, LI);
    }

    @Test
    void theDefaultExportMasksPersonalColumnsAndDefusesFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("csv"), ExportOptions.defaults()).write(RESIDENTS, List.of(ZHANG, LI), out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).contains("姓名,身份证号,联系电话,出生日期,家庭人口,户籍编号,补贴金额,是否党员,居住状态,备注")
                .contains("张三,110105********002X,138****5678,1949-12-31,3,100200300400,1200.50,是,常住,")
                .doesNotContain("11010519491231002X").doesNotContain("13812345678")
                .contains("\"租户; =1+1, \"\"引号\"\"\"");
    }

    @Test
    void aNamedPersonalColumnIsMaskedAsAName() throws IOException {
        TableMapping<Resident> names = TableMapping.builder(Resident.class).personal("name", PersonalData.NAME).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("csv"), ExportOptions.defaults()).write(names, List.of(ZHANG), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("张*,110105********002X").doesNotContain("张三");
    }

    @Test
    void aBuilderRenamesColumnsAndOrdersThem() {
        TableMapping<Resident> m = TableMapping.builder(Resident.class).table("人口", "people")
                .column("name", "居民姓名", "名字").order("born", "name").required("note", true).build();

        assertThat(m.label()).isEqualTo("人口");
        assertThat(m.columns().get(0).component()).isEqualTo("born");
        assertThat(m.columns().get(1).header()).isEqualTo("居民姓名");
        assertThat(m.columns().get(1).aliases()).containsExactly("名字");
    }

    /** A component type no cell can hold. */
    record WithObject(@Column("名称") String name, @Column("附件") Object attachment) {
    }

    @Test
    void anUnsupportedComponentTypeIsAClearErrorWhenTheMappingIsMade() {
        assertThatThrownBy(() -> TableMapping.of(WithObject.class))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.messageEn()).contains("java.lang.Object").contains("WithObject").contains("supported");
                    assertThat(e.messageZh()).contains("java.lang.Object").contains("不能作为表格列");
                });
    }

    /** A primitive column declared optional. */
    record OptionalPrimitive(@Column(value = "数量", required = false) int count) {
    }

    @Test
    void aPrimitiveMarkedOptionalIsAClearError() {
        assertThatThrownBy(() -> TableMapping.of(OptionalPrimitive.class))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.messageEn()).contains("count").contains("Optional<Integer>");
                    assertThat(e.messageZh()).contains("count").contains("基本类型").contains("Optional<Integer>");
                });
    }

    /** Two columns under one header. */
    record SameHeader(@Column("名称") String name, @Column(value = "简称", aliases = "名称") String shortName) {
    }

    @Test
    void twoColumnsSharingAHeaderAreAClearError() {
        assertThatThrownBy(() -> TableMapping.of(SameHeader.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("名称").hasMessageContaining("name").hasMessageContaining("shortName");
    }

    @Test
    void anUnknownComponentNameInTheBuilderIsAClearError() {
        assertThatThrownBy(() -> TableMapping.builder(Resident.class).column("surname", "姓"))
                .isInstanceOf(MappingException.class).hasMessageContaining("surname").hasMessageContaining("idNumber");
    }

    @Test
    void aFormatThatBuildsItsOwnRecordsIsRefusedForAMapping() {
        byte[] geojson = ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"a\","
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[2,1],[2,2],[1,1]]]},"
                + "\"properties\":{\"kind\":\"area\",\"name\":\"A\",\"level\":\"楼栋\"}}]}")
                .getBytes(StandardCharsets.UTF_8);
        Importer importer = Importer.of(Formats.forName("geojson"), ImportOptions.defaults());

        assertThatThrownBy(() -> importer.read(ImportSource.of("grids.geojson", geojson), RESIDENTS))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.messageEn()).contains("geojson").contains("Resident");
                    assertThat(e.messageZh()).contains("表格映射");
                });
    }
}

package org.jiceng.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
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
 * An integrator's EasyExcel-style class ({@link ResidentBean}) imported and exported through a table mapping
 * with the same header matching, warnings, validation, masking and report as the record {@link Resident};
 * classes that cannot be mapped are refused when the mapping is made, naming class and member.
 */
class PojoMappingTest {

    static final TableMapping<ResidentBean> BEANS = TableMapping.of(ResidentBean.class);

    private static Path handWritten() throws URISyntaxException {
        return Path.of(PojoMappingTest.class.getResource("居民花名册.csv").toURI());
    }

    @Test
    void theMappingOfTheClassEqualsTheMappingOfTheRecord() {
        assertThat(BEANS.label()).isEqualTo("居民");
        assertThat(BEANS.key()).isEqualTo("residents");
        assertThat(BEANS.type()).isEqualTo(ResidentBean.class);
        // Static and transient fields are no columns; constraints on fields mask as on record components.
        assertThat(BEANS.columns()).extracting(MappedColumn::component).containsExactly("name", "idNumber", "phone",
                "born", "householdSize", "registerNumber", "allowance", "partyMember", "residence", "note");
        assertThat(BEANS.columns()).extracting(MappedColumn::header, MappedColumn::personal).containsExactlyElementsOf(
                TableMappingTest.RESIDENTS.columns().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.header(),
                        c.personal())).toList());
        assertThat(BEANS.columns().get(9).required()).isFalse();
    }

    @Test
    void aHandWrittenCsvIsReadIntoBeansWithTheRecordsReport() throws Exception {
        MappedImport<ResidentBean> beans = Importer.read(handWritten(), BEANS, ImportOptions.defaults());
        MappedImport<Resident> records = Importer.read(handWritten(), TableMappingTest.RESIDENTS,
                ImportOptions.defaults());

        assertThat(beans.rows()).containsExactlyElementsOf(records.rows().stream().map(ResidentBean::of).toList());
        assertThat(beans.rows().get(0)).isEqualTo(ResidentBean.of(TableMappingTest.ZHANG));
        assertThat(beans.report().read()).isEqualTo(4);
        assertThat(beans.report().accepted()).isEqualTo(3);
        assertThat(beans.report().errors()).extracting(RowError::describe)
                .containsExactlyElementsOf(records.report().errors().stream().map(RowError::describe).toList());
        RowError e = beans.report().errors().get(0);
        assertThat(e.column()).contains("公民身份号码");
        assertThat(e.rawValue()).contains("530111********1234");
        assertThat(e.constraint()).isEqualTo("ChineseIdNumber");
        assertThat(beans.report().warnings()).extracting(ImportWarning::describe)
                .containsExactlyElementsOf(records.report().warnings().stream().map(ImportWarning::describe).toList());
    }

    @Test
    void theBeansOwnConstraintsAndSettersRejectRowsWithColumnAndValue() {
        byte[] csv = ("姓名,身份证号,联系电话,出生日期,家庭人口,户籍编号,补贴金额,是否党员,居住状态,备注\n"
                + " ,11010519491231002X,,1949-12-31,3,1,0,否,常住,\n"
                + "张三,11010519491231002X,,1949-12-31,-1,2,0,否,常住,\n"
                + "李四,530111198001011233,,1980-01-01,120,3,0,否,常住,\n"
                + "王五,530111198001011233,1381234567,1980-01-01,2,4,0,否,常住,\n"
                + "赵六,530111198001011233,,1980-01-01,2,5,0,否,常住,\n").getBytes(StandardCharsets.UTF_8);
        MappedImport<ResidentBean> r = Importer.of(Formats.forName("csv"), ImportOptions.defaults())
                .read(ImportSource.of("居民.csv", csv), BEANS);

        assertThat(r.rows()).extracting(ResidentBean::getName).containsExactly("赵六");
        assertThat(r.report().rejected()).isEqualTo(4);
        assertThat(r.report().errors()).extracting(RowError::constraint).containsExactly("required", "PositiveOrZero",
                "invariant", "PhoneNumber");
        assertThat(r.report().errors()).extracting(e -> e.column().orElseThrow()).containsExactly("姓名", "家庭人口",
                "家庭人口", "联系电话");
        assertThat(r.report().errors().get(2).messageEn()).contains("householdSize must be at most 99, was 120");
        assertThat(r.report().errors().get(3).rawValue()).hasValueSatisfying(v -> assertThat(v).contains("***")
                .doesNotContain("1381234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"residents.csv", "residents.json", "residents.jsonl"})
    void anUnmaskedExportOfBeansIsImportedBackEqual(String name, @TempDir Path dir) throws IOException {
        List<ResidentBean> rows = List.of(ResidentBean.of(TableMappingTest.ZHANG), ResidentBean.of(TableMappingTest.LI));
        Path file = dir.resolve(name);
        Exporter.write(BEANS, rows, file, ExportOptions.defaults().unmasked());

        MappedImport<ResidentBean> back = Importer.read(file, BEANS, ImportOptions.defaults());
        assertThat(back.report().errors()).isEmpty();
        assertThat(back.rows()).containsExactlyElementsOf(rows);
        // The same file reads as the record, too: the bean and the record have one table form.
        assertThat(Importer.read(file, TableMappingTest.RESIDENTS, ImportOptions.defaults()).rows()).extracting(
                ResidentBean::of).containsExactlyElementsOf(rows);
    }

    @Test
    void theDefaultExportOfBeansMasksAsTheRecordsDoes() throws IOException {
        ByteArrayOutputStream beans = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("csv"), ExportOptions.defaults()).write(BEANS,
                List.of(ResidentBean.of(TableMappingTest.ZHANG), ResidentBean.of(TableMappingTest.LI)), beans);
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("csv"), ExportOptions.defaults()).write(TableMappingTest.RESIDENTS,
                List.of(TableMappingTest.ZHANG, TableMappingTest.LI), records);

        assertThat(beans.toString(StandardCharsets.UTF_8)).isEqualTo(records.toString(StandardCharsets.UTF_8))
                .contains("110105********002X").doesNotContain("13812345678");
    }

    /** No no-argument constructor. */
    public static final class NoDefaultConstructor {
        @Column("名称")
        private String name;

        /** @param name the name */
        public NoDefaultConstructor(String name) {
            this.name = name;
        }
    }

    /** A final field without a setter. */
    public static final class FinalField {
        @Column("名称")
        private String name = "";
        @Column("编号")
        private final String code = "";

        /** Needed. */
        public FinalField() {
        }
    }

    /** A field type no cell holds. */
    public static final class MapField {
        @Column("名称")
        private String name;
        @Column("属性")
        private Map<String, Integer> attributes;

        /** Needed. */
        public MapField() {
        }
    }

    /** Abstract. */
    public abstract static class AbstractBean {
        @Column("名称")
        private String name;
    }

    /** An inner class, which needs an enclosing instance. */
    public final class Inner {
        @Column("名称")
        private String name;
    }

    /** No instance field. */
    public static final class NoFields {
        /** Needed. */
        public NoFields() {
        }
    }

    @Test
    void aClassWithoutAPublicNoArgumentConstructorIsAClearError() {
        assertThatThrownBy(() -> TableMapping.of(NoDefaultConstructor.class))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.messageEn()).contains(NoDefaultConstructor.class.getName())
                            .contains("no public no-argument constructor");
                    assertThat(e.messageZh()).contains(NoDefaultConstructor.class.getName()).contains("没有公共无参构造方法");
                });
    }

    @Test
    void aFinalFieldWithoutASetterIsAClearErrorNamingTheField() {
        assertThatThrownBy(() -> TableMapping.of(FinalField.class))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.messageEn()).contains("field 'code' of " + FinalField.class.getName())
                            .contains("is final and has no setter").contains("setCode");
                    assertThat(e.messageZh()).contains("字段「code」").contains("final");
                });
    }

    @Test
    void anUnsupportedFieldTypeIsAClearErrorNamingClassFieldAndType() {
        assertThatThrownBy(() -> TableMapping.of(MapField.class))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.messageEn()).contains("'attributes' of " + MapField.class.getName())
                            .contains("java.util.Map<java.lang.String, java.lang.Integer>").contains("supported");
                    assertThat(e.messageZh()).contains("「attributes」").contains("不能作为表格列");
                });
    }

    @Test
    void abstractInnerAndFieldlessClassesAreClearErrors() {
        assertThatThrownBy(() -> TableMapping.of(AbstractBean.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining(AbstractBean.class.getName()).hasMessageContaining("not a concrete class");
        assertThatThrownBy(() -> TableMapping.of(Inner.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining(Inner.class.getName()).hasMessageContaining("declare it static");
        assertThatThrownBy(() -> TableMapping.of(NoFields.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining(NoFields.class.getName()).hasMessageContaining("no instance field");
        assertThatThrownBy(() -> TableMapping.of(Runnable.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("java.lang.Runnable");
    }

    @Test
    void aBuilderRenamesTheColumnsOfABean() {
        TableMapping<ResidentBean> m = TableMapping.builder(ResidentBean.class).table("人口", "people")
                .column("name", "居民姓名").order("born").personal("name", PersonalData.NAME).build();

        assertThat(m.columns().get(0).component()).isEqualTo("born");
        assertThat(m.columns().get(1).header()).isEqualTo("居民姓名");
        assertThat(m.columns().get(1).personal()).isEqualTo(PersonalData.NAME);
        assertThatThrownBy(() -> TableMapping.builder(ResidentBean.class).column("cache", "缓存"))
                .isInstanceOf(MappingException.class).hasMessageContaining("cache");
    }
}

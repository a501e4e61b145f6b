package org.jiceng.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

    static final Person ZHANG = new Person("p1", "张三", Optional.of("11010519491231002X"),
            Optional.of("13812345678"), Optional.empty());

    static String csv(Dataset data, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("csv"), options).write(data, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void masksIdAndPhoneByDefault() throws IOException {
        String text = csv(Dataset.builder().add(ZHANG).build(), ExportOptions.defaults());
        assertThat(text).contains("110105********002X", "138****5678").doesNotContain("13812345678");
        assertThat(text).startsWith("\uFEFF编号,姓名,身份证号,手机号,居住区域,附加信息\r\n");
    }

    @Test
    void writesPersonalDataOnlyWhenExplicitlyUnmasked() throws IOException {
        assertThat(csv(Dataset.builder().add(ZHANG).build(), ExportOptions.defaults().unmasked()))
                .contains("11010519491231002X", "13812345678");
    }

    @Test
    void jsonMasksToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("json"), ExportOptions.defaults()).write(Dataset.builder().add(ZHANG).build(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("138****5678").doesNotContain("13812345678");
    }

    @Test
    void defusesFormulaInjectionInCsvButLeavesPlainNumbers() throws IOException {
        Dataset data = Dataset.builder()
                .add(Person.of("p1", "=cmd|' /C calc'!A0"))
                .add(Person.of("p2", "@SUM(1+1)"))
                .add(Person.of("p3", "-2+3"))
                .add(Person.of("p4", "-5"))
                .add(Person.of("p5", "\tx"))
                .build();
        String text = csv(data, ExportOptions.defaults().withLanguage(HeaderLanguage.ENGLISH));
        assertThat(text).contains("p1,'=cmd|' /C calc'!A0", "p2,'@SUM(1+1)", "p3,'-2+3", "p4,-5", "p5,'\tx");
        org.jiceng.io.report.ImportResult back = Importer.of(Formats.forName("csv"), ImportOptions.defaults())
                .read(org.jiceng.io.spi.ImportSource.of("persons.csv", text.getBytes(StandardCharsets.UTF_8)));
        // The escape is undone exactly; the leading tab of a name is then trimmed, with a warning.
        assertThat(back.dataset().persons()).extracting(Person::name)
                .containsExactly("=cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "-5", "x");
        assertThat(back.report().warnings()).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(org.jiceng.io.report.ImportWarning.TRIM);
            assertThat(w.originalValue()).contains("\tx");
            assertThat(w.normalisedValue()).contains("x");
        });
        assertThat(back.report().normalised()).isEqualTo(1);
    }

    @Test
    void csvHoldsOneKindPerFileAndDirectoriesGetOneFilePerKind(@TempDir Path dir) throws IOException {
        Dataset data = Dataset.builder().add(ZHANG)
                .add(new PartyMember("p1", MemberStatus.FULL, Optional.empty())).build();
        assertThatThrownBy(() -> csv(data, ExportOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one record kind");
        List<Path> files = Exporter.of(Formats.forName("csv"), ExportOptions.defaults()).writeTo(data, dir.resolve("out"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("人员.csv", "党员.csv");
        assertThat(Files.readString(dir.resolve("out/党员.csv"))).contains("正式");
    }

    @Test
    void englishExportUsesKeysAndConstantNames(@TempDir Path dir) throws IOException {
        Dataset data = Dataset.builder().add(new PartyMember("p1", MemberStatus.PROBATIONARY, Optional.empty())).build();
        String text = csv(data, ExportOptions.defaults().withLanguage(HeaderLanguage.ENGLISH).withByteOrderMark(false));
        assertThat(text).isEqualTo("personId,status,joined,extras\r\np1,PROBATIONARY,,\r\n");
    }
}

package org.jiceng.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.Person;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/** Charset detection over the whole input, streaming: UTF-8 when it decodes, else GB18030, else an offset. */
class TextDecodingTest {

    private static String readAll(byte[] bytes) throws IOException {
        TextDecoding.Decoded d = TextDecoding.open(new ByteArrayInputStream(bytes), null);
        StringBuilder s = new StringBuilder();
        char[] buf = new char[777];
        try (Reader r = d.reader()) {
            int n;
            while ((n = r.read(buf)) >= 0) {
                s.append(buf, 0, n);
            }
        }
        return s.toString();
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0x7F),
                Arbitraries.integers().between(0x80, 0x7FF),
                Arbitraries.integers().between(0x800, 0xFFFF),
                Arbitraries.integers().between(0x10000, 0x10FFFF))
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
        return codePoint.list().ofMaxSize(200).map(cps -> {
            StringBuilder s = new StringBuilder();
            cps.forEach(s::appendCodePoint);
            return s.toString();
        });
    }

    @Property
    void anyUtf8TextIsDetectedAsUtf8AndDecodedExactly(@ForAll("anyText") String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.detect(bytes)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(readAll(bytes)).isEqualTo(text);
    }

    @Test
    void latinAccentsThatAlsoFormGbkPairsAreUtf8() throws IOException {
        byte[] bytes = "name\nRémy\n".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.detect(bytes)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(readAll(bytes)).isEqualTo("name\nRémy\n");
    }

    @Test
    void aShortGbkTextThatIsAlsoValidUtf8IsReadAsUtf8WithAnAmbiguityWarning() {
        byte[] gbk = "id,name\np1,支\n".getBytes(TextDecoding.GB18030);
        org.jiceng.io.report.ImportResult r = Importer.of(Formats.forName("csv"),
                ImportOptions.defaults().withKind(org.jiceng.core.model.RecordKind.PERSONS)).read(ImportSource.of("p.csv", gbk));
        assertThat(r.report().encoding()).contains("UTF-8");
        assertThat(r.report().warnings()).extracting(org.jiceng.io.report.ImportWarning::rule)
                .containsExactly(org.jiceng.io.report.ImportWarning.ENCODING);
        org.jiceng.io.report.ImportResult declared = Importer.of(Formats.forName("csv"), ImportOptions.defaults()
                .withKind(org.jiceng.core.model.RecordKind.PERSONS).withCharset(TextDecoding.GB18030))
                .read(ImportSource.of("p.csv", gbk));
        assertThat(declared.report().warnings()).isEmpty();
        assertThat(declared.dataset().persons().get(0).name()).isEqualTo("支");
    }

    @Test
    void anAsciiStartLongerThanThePrefixFollowedByGb18030SwitchesToGb18030Exactly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("id,name\n".getBytes(StandardCharsets.US_ASCII));
        int ascii = 8_000; // about 100 KiB, beyond the 64 KiB prefix
        for (int i = 0; i < ascii; i++) {
            out.writeBytes(("p" + i + ",Zhang San " + i + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("q1,张三\nq2,李四（退休）\n".getBytes(TextDecoding.GB18030));
        List<Person> people = new ArrayList<>();
        ImportReport report = Importer.of(Formats.forName("csv"), ImportOptions.defaults())
                .stream(ImportSource.of("persons.csv", out.toByteArray()), r -> people.add((Person) r));
        assertThat(report.accepted()).isEqualTo(ascii + 2);
        assertThat(report.encoding()).contains("GB18030");
        assertThat(people.subList(ascii, ascii + 2)).extracting(Person::name).containsExactly("张三", "李四（退休）");
        assertThat(TextDecoding.detect(out.toByteArray())).isEqualTo(TextDecoding.GB18030);
    }

    @Test
    void aStrayByteAfterTheUtf8PrefixStopsWithItsOffsetAndEveryRowBeforeItIsExact() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("编号,姓名\n".getBytes(StandardCharsets.UTF_8));
        int rows = 5_000;
        for (int i = 0; i < rows; i++) {
            out.writeBytes(("p" + i + ",张三" + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("x1,王".getBytes(StandardCharsets.UTF_8));
        long offset = out.size();
        out.write(0xC3); // a lead byte followed by ASCII: not UTF-8
        out.writeBytes("五\n".getBytes(StandardCharsets.UTF_8));
        List<Person> people = new ArrayList<>();
        assertThatThrownBy(() -> Importer.of(Formats.forName("csv"), ImportOptions.defaults())
                .stream(ImportSource.of("persons.csv", out.toByteArray()), r -> people.add((Person) r)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.messageEn()).contains("byte 0xC3 at offset " + offset, "not valid UTF-8",
                            "line " + (rows + 2));
                    assertThat(e.partialReport().orElseThrow().accepted()).isEqualTo(rows);
                    assertThat(e.partialReport().orElseThrow().encoding()).contains("UTF-8");
                });
        assertThat(people).hasSize(rows);
        assertThat(people.get(rows - 1).name()).isEqualTo("张三" + (rows - 1));
    }

    @Test
    void aDeclaredCharsetThatDoesNotFitNamesTheOffset() {
        byte[] bytes = "编号,姓名\np1,张三\n".getBytes(TextDecoding.GB18030);
        assertThatThrownBy(() -> Importer.of(Formats.forName("csv"),
                ImportOptions.defaults().withCharset(StandardCharsets.UTF_8)).read(ImportSource.of("p.csv", bytes)))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.messageEn()).contains("at offset 0", "declared charset"));
    }
}

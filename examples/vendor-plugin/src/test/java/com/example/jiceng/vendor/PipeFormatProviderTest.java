package com.example.jiceng.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.jiceng.core.model.Person;
import org.jiceng.core.spi.Plugins;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;
import org.junit.jupiter.api.Test;

class PipeFormatProviderTest {

    private final PipeFormatProvider format = new PipeFormatProvider();

    @Test
    void isFoundThroughTheSdkPluginLoaderByName() {
        assertThat(Plugins.forDefaultClassLoader().named(FormatProvider.class, PipeFormatProvider.NAME))
                .isInstanceOf(PipeFormatProvider.class);
    }

    @Property
    void personsRoundTripIncludingPipesAndBackslashes(
            @ForAll @Chars({'|', '\\', '张', '伟', ' '}) @CharRange(from = 'a', to = 'c') @StringLength(min = 1, max = 12)
            String name) throws Exception {
        // The SDK's mapping layer trims names (with a warning), so generated names have no surrounding spaces.
        String typed = "x" + name + "x";
        Person p = new Person("P1", typed, Optional.of("11010519491231002X"),
                Optional.of("13812345678"), Optional.of("B1"));
        assertThat(roundTrip(List.of(p), ExportOptions.defaults().unmasked())).containsExactly(p);
    }

    @Test
    void writesTheBannerAndMasksPersonalDataByDefault() throws Exception {
        Person p = new Person("P1", "张伟", Optional.of("11010519491231002X"), Optional.of("13812345678"),
                Optional.empty());
        String text = write(List.of(p), ExportOptions.defaults());
        assertThat(text).startsWith(PipeFormatProvider.BANNER + "|persons\n").doesNotContain("11010519491231002X");
    }

    @Test
    void rejectsAFileWithoutTheBanner() {
        ImportSource source = ImportSource.of("legacy.dyx", "id|name\nP1|x\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> format.read(source, ImportOptions.defaults(), new Collect()))
                .isInstanceOf(ImportException.class).hasMessageContaining("legacy.dyx").hasMessageContaining("#DYX1");
    }

    @Test
    void refusesToMixRecordKindsInOneFile() throws Exception {
        FormatWriter w = format.openWriter(new ByteArrayOutputStream(), ExportOptions.defaults());
        w.write(Person.of("P1", "a"));
        assertThatThrownBy(() -> w.write(new org.jiceng.core.model.PartyMember("P1",
                org.jiceng.core.model.MemberStatus.FULL, Optional.empty())))
                .hasMessageContaining("persons").hasMessageContaining("partyMembers");
    }

    private List<Record> roundTrip(List<? extends Record> records, ExportOptions options) throws Exception {
        String text = write(records, options);
        Collect sink = new Collect();
        format.read(ImportSource.of("x.dyx", text.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults(), sink);
        assertThat(sink.errors).isEmpty();
        return sink.records;
    }

    private String write(List<? extends Record> records, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter w = format.openWriter(out, options)) {
            for (Record r : records) {
                w.write(r);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final class Collect implements ReadSink {
        final List<Record> records = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();

        @Override
        public boolean accept(Record record, SourceRow row) {
            records.add(record);
            return true;
        }

        @Override
        public boolean reject(SourceRow row, List<RowError> rowErrors) {
            errors.addAll(rowErrors);
            return true;
        }
    }
}

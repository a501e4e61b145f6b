package org.jiceng.io.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.Person;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Formats;
import org.jiceng.io.HeaderLanguage;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.geojson.CollectingSink;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

class PopoloFormatProviderTest {

    private final PopoloFormatProvider provider = new PopoloFormatProvider();

    @Provide
    Arbitrary<Dataset> datasets() {
        return PopoloArbitraries.datasets();
    }

    @Test
    void isChosenForPopoloJsonFiles() {
        assertThat(Formats.forName("popolo")).isInstanceOf(PopoloFormatProvider.class);
        assertThat(Formats.forFileName("xishan.popolo.json")).get().isInstanceOf(PopoloFormatProvider.class);
    }

    @Test
    void deliversPersonAndPartyMemberFromOneRowWithFieldColumns() throws IOException {
        CollectingSink sink = new CollectingSink();
        provider.read(ImportSource.of("x.popolo.json", PopoloTest.fixture("xishan.popolo.json")),
                ImportOptions.defaults(), sink);

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.records.get(0)).isInstanceOf(Person.class);
        assertThat(sink.records.get(1)).isInstanceOf(PartyMember.class);
        assertThat(sink.rows.get(0).location()).isEqualTo(sink.rows.get(1).location());
        assertThat(sink.rows.get(0).location().sheet()).contains("/persons/0");
        assertThat(sink.rows.get(0).columnOf("homeAreaId")).contains("jiceng/home_area_id");
        assertThat(sink.rows.get(0).rawValueOf("homeAreaId")).contains("area/530112006001");
        assertThat(sink.rows.get(1).rawValueOf("status")).contains("正式");
    }

    @Test
    void reportsRejectedObjectsWithPointerAndMemberColumn() throws IOException {
        CollectingSink sink = new CollectingSink();
        provider.read(ImportSource.of("b.popolo.json", PopoloTest.fixture("broken.popolo.json")),
                ImportOptions.defaults(), sink);

        RowError badDate = sink.rejected.stream().flatMap(java.util.List::stream)
                .filter(e -> e.location().sheet().equals(Optional.of("/memberships/1"))).findFirst().orElseThrow();
        assertThat(badDate.column()).contains("start_date");
        assertThat(badDate.rawValue()).contains("\"2020-13-01\"");
        assertThat(badDate.constraint()).isEqualTo("format");
        assertThat(badDate.messageZh()).contains("start_date");
        assertThat(badDate.location().row()).isEqualTo(2);
    }

    @Test
    void exportMasksByDefaultAndOptsOutExplicitly() throws IOException {
        Person person = new Person("p", "李华", Optional.of("11010519491231002X"), Optional.of("13812345678"),
                Optional.empty());
        assertThat(export(Dataset.builder().add(person).build(), ExportOptions.defaults()))
                .doesNotContain("11010519491231002X", "13812345678");
        assertThat(export(Dataset.builder().add(person).build(), ExportOptions.defaults().unmasked()))
                .contains("11010519491231002X", "13812345678");
    }

    @Test
    void writerRefusesKindsPopoloDoesNotCarry() throws IOException {
        try (FormatWriter writer = provider.openWriter(new ByteArrayOutputStream(), ExportOptions.defaults())) {
            assertThatThrownBy(() -> writer.write(new Grid("g", "1", "g", "a", Optional.empty(), java.util.List.of(), 0,
                    Optional.empty()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Grid");
        }
    }

    @Test
    void brokenDocumentsThrowTheDocumentedImportError() {
        assertThatThrownBy(() -> provider.read(ImportSource.of("x.popolo.json",
                "{\"persons\":[{\"id\":1},".getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults(),
                new CollectingSink()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.MALFORMED));
    }

    @Property(tries = 50)
    void englishLabelsRoundTripThroughTheProvider(@ForAll("datasets") Dataset dataset) throws IOException {
        String json = export(dataset, ExportOptions.defaults().unmasked().withLanguage(HeaderLanguage.ENGLISH));
        CollectingSink sink = new CollectingSink();
        provider.read(ImportSource.of("x.popolo.json", json.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults(),
                sink);
        assertThat(sink.rejected).isEmpty();
        assertThat(Dataset.builder().addAll(sink.records).build()).isEqualTo(dataset);
    }

    private String export(Dataset dataset, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = provider.openWriter(out, options)) {
            for (Record r : dataset.records().toList()) {
                writer.write(r);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

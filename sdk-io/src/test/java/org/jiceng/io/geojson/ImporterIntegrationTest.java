package org.jiceng.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.core.model.Dataset;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON formats through the shared importer and exporter: format by extension, report totals. */
class ImporterIntegrationTest {

    @TempDir
    Path dir;

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void importsGeoJsonAndPopoloByFileExtension() throws IOException {
        ImportResult geo = Importer.read(copy("/fixtures/geojson/xishan-grids.geojson", "西山区网格.geojson"));
        ImportResult popolo = Importer.read(copy("/fixtures/popolo/xishan.popolo.json", "xishan.popolo.json"));

        assertThat(geo.report().isClean()).isTrue();
        assertThat(geo.dataset().areas()).hasSize(2);
        assertThat(geo.dataset().grids()).hasSize(2);
        assertThat(popolo.report().isClean()).isTrue();
        assertThat(popolo.report().read()).as("a party-member person row yields two records").isEqualTo(16);
        assertThat(popolo.dataset().partyMembers()).hasSize(2);
    }

    @Test
    void brokenFilesReportEveryRejectedObjectAndTotalsAddUp() throws IOException {
        ImportReport geo = Importer.read(copy("/fixtures/geojson/broken-features.geojson", "b.geojson")).report();
        ImportReport popolo = Importer.read(copy("/fixtures/popolo/broken.popolo.json", "b.popolo.json")).report();

        assertThat(geo.accepted()).isEqualTo(1);
        assertThat(geo.rejected()).isEqualTo(8);
        assertThat(geo.read()).isEqualTo(geo.accepted() + geo.rejected());
        assertThat(popolo.accepted()).as("a person, and a membership without start_date (an open range)").isEqualTo(2);
        assertThat(popolo.rejected()).isEqualTo(10);
        assertThat(popolo.errors()).allSatisfy(e -> assertThat(e.location().sheet()).isPresent());
    }

    @Test
    void beanValidationViolationsNameTheJsonMemberAndRawValue() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"a\","
                + "\"geometry\":null,\"properties\":{\"kind\":\"area\",\"name\":\"X\",\"level\":\"社区\","
                + "\"code\":\"12345\"}}]}";
        ImportReport report = Importer.of(Formats.forName("geojson"), ImportOptions.defaults())
                .read(ImportSource.of("v.geojson", json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).report();

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.column()).contains("properties/code");
            assertThat(e.rawValue()).contains("12345");
            assertThat(e.location().sheet()).contains("/features/0");
            assertThat(e.messageZh()).isNotBlank();
        });
    }

    @Test
    void maskedPopoloExportNeverPassesForRealDataOnReimport() throws IOException {
        org.jiceng.core.model.Person person = new org.jiceng.core.model.Person("p", "李华",
                java.util.Optional.of("11010519491231002X"), java.util.Optional.of("13812345678"),
                java.util.Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("popolo"), ExportOptions.defaults()).write(Dataset.builder().add(person).build(), out);

        ImportReport report = Importer.of(Formats.forName("popolo"), ImportOptions.defaults())
                .read(ImportSource.of("masked.popolo.json", out.toByteArray())).report();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.errors()).extracting(e -> e.column().orElse(""))
                .contains("identifiers", "contact_details");
    }

    @Test
    void geoJsonFacadeKeepsBoundariesOfAcceptedRecordsOnly() throws IOException {
        GeoJsonImport imported = GeoJson.read(ImportSource.of("b.geojson",
                GeoJsonMappingTest.fixture("xishan-grids.geojson")), ImportOptions.defaults());

        assertThat(imported.report().isClean()).isTrue();
        assertThat(imported.document().boundaries()).containsOnlyKeys("530112006", "530112006001", "shape-g1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJson.write(imported.document(), out);
        GeoJsonImport again = GeoJson.read(ImportSource.of("again.geojson", out.toByteArray()), ImportOptions.defaults());
        assertThat(again.document().areas()).isEqualTo(imported.document().areas());
        assertThat(again.document().grids()).isEqualTo(imported.document().grids());
        imported.document().boundaries().forEach((ref, b) ->
                assertThat(again.document().boundary(ref)).contains(Shapes.normalized(b)));
    }

    @Test
    void exporterWritesPopoloThatImportsBackEqual() throws IOException {
        Dataset dataset = Importer.read(copy("/fixtures/popolo/xishan.popolo.json", "x.popolo.json")).dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("popolo"), ExportOptions.defaults().unmasked()).write(dataset, out);

        ImportResult back = Importer.of(Formats.forName("popolo"), ImportOptions.defaults())
                .read(ImportSource.of("back.popolo.json", out.toByteArray()));
        assertThat(back.report().isClean()).isTrue();
        assertThat(back.dataset()).isEqualTo(dataset);
    }
}

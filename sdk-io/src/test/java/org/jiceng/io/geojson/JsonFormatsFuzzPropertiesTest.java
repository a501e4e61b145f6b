package org.jiceng.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.spi.ImportSource;

/**
 * Hostile input through the public path (Importer + provider): only {@link ImportException} ever
 * escapes, and every report, partial or not, adds up.
 */
class JsonFormatsFuzzPropertiesTest {

    private static final String[] TOKENS = {"null", "-1", "1e999", "\"\"", "[]", "{}", "[[[[", "\"\\u0000\"", "true",
        "\"2020-02-30\"", "\"社区\"", "{\"type\":\"Feature\"}"};

    @Property
    void randomBytesAsGeoJson(@ForAll @Size(max = 400) byte[] bytes) {
        assertOnlyImportException("geojson", bytes);
    }

    @Property
    void randomBytesAsPopolo(@ForAll @Size(max = 400) byte[] bytes) {
        assertOnlyImportException("popolo", bytes);
    }

    @Property
    void mutatedGeoJsonFixtures(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int mutations)
            throws IOException {
        String name = seed % 2 == 0 ? "xishan-grids.geojson" : "broken-features.geojson";
        assertOnlyImportException("geojson", mutate(GeoJsonMappingTest.fixture(name), seed, mutations));
    }

    @Property
    void mutatedPopoloFixtures(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int mutations)
            throws IOException {
        String name = seed % 2 == 0 ? "xishan.popolo.json" : "broken.popolo.json";
        byte[] bytes;
        try (var in = getClass().getResourceAsStream("/fixtures/popolo/" + name)) {
            bytes = in.readAllBytes();
        }
        assertOnlyImportException("popolo", mutate(bytes, seed, mutations));
    }

    private static byte[] mutate(byte[] original, long seed, int mutations) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(new String(original, java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < mutations && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> text.setCharAt(at, (char) (' ' + random.nextInt(95)));
                default -> text.setLength(at);
            }
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertOnlyImportException(String format, byte[] bytes) {
        try {
            ImportReport report = Importer.of(Formats.forName(format), ImportOptions.defaults())
                    .stream(ImportSource.of("fuzz", bytes), r -> { });
            assertAddsUp(report);
            assertThat(report.errors().size()).isGreaterThanOrEqualTo((int) report.rejected());
        } catch (ImportException e) {
            assertThat(e.partialReport()).isPresent();
            assertAddsUp(e.partialReport().get());
            assertThat(e.messageZh()).isNotBlank();
            assertThat(e.messageEn()).isNotBlank();
        } catch (RuntimeException e) {
            fail(format + " import of hostile input threw " + e, e);
        }
    }

    private static void assertAddsUp(ImportReport report) {
        assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
    }
}

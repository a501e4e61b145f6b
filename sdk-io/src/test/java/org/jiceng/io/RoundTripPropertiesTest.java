package org.jiceng.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.Dataset;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.FormatProvider;

/** Generated datasets survive export then import unchanged in every built-in format (masking off). */
class RoundTripPropertiesTest {

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.datasets();
    }

    @Property
    void csvRoundTripIsLossless(@ForAll("datasets") Dataset dataset) {
        assertLossless("csv", dataset, ExportOptions.defaults().unmasked());
    }

    @Property
    void csvRoundTripIsLosslessWithEnglishHeadersAndGb18030(@ForAll("datasets") Dataset dataset) {
        assertLossless("csv", dataset, ExportOptions.defaults().unmasked().withLanguage(HeaderLanguage.ENGLISH)
                .withCharset(org.jiceng.io.internal.TextDecoding.GB18030));
    }

    @Property
    void jsonRoundTripIsLossless(@ForAll("datasets") Dataset dataset) {
        assertLossless("json", dataset, ExportOptions.defaults().unmasked());
    }

    @Property
    void jsonLinesRoundTripIsLossless(@ForAll("datasets") Dataset dataset) {
        assertLossless("jsonl", dataset, ExportOptions.defaults().unmasked().withLanguage(HeaderLanguage.ENGLISH));
    }

    static void assertLossless(String formatName, Dataset dataset, ExportOptions export) {
        FormatProvider format = Formats.forName(formatName);
        ImportResult result = RoundTrips.roundTrip(format, dataset, export, ImportOptions.defaults());
        assertThat(result.report().errors()).as("import errors").isEmpty();
        assertThat(result.report().read()).isEqualTo(dataset.size());
        assertThat(result.dataset()).isEqualTo(dataset);
    }
}

package org.jiceng.io;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.Dataset;

/** Generated datasets survive export to a workbook then import unchanged (masking off). */
class XlsxRoundTripPropertiesTest {

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.datasets();
    }

    @Property(tries = 25)
    void xlsxRoundTripIsLossless(@ForAll("datasets") Dataset dataset) {
        RoundTripPropertiesTest.assertLossless("xlsx", dataset, ExportOptions.defaults().unmasked());
    }

    @Property(tries = 25)
    void xlsxRoundTripIsLosslessWithEnglishHeaders(@ForAll("datasets") Dataset dataset) {
        RoundTripPropertiesTest.assertLossless("xlsx", dataset,
                ExportOptions.defaults().unmasked().withLanguage(HeaderLanguage.ENGLISH));
    }
}

package org.jiceng.io;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.jiceng.core.model.Dataset;
import org.jiceng.io.spi.FormatProvider;

/**
 * Hostile workbooks: random bytes behind a zip signature and mutated valid workbooks never make an
 * import throw anything but {@link ImportException}, and every report's totals add up. Uses the mutations
 * and checks of sdk-io's {@code FuzzPropertiesTest}.
 */
class XlsxFuzzPropertiesTest {

    private final FuzzPropertiesTest text = new FuzzPropertiesTest();

    @Provide
    Arbitrary<FuzzPropertiesTest.Mutation> mutations() {
        return text.mutations();
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.datasets();
    }

    @Property(tries = 40)
    void mutatedWorkbooksOnlyEverGiveImportErrors(@ForAll("datasets") Dataset dataset,
            @ForAll @Size(min = 1, max = 3) List<FuzzPropertiesTest.@From("mutations") Mutation> edits) {
        FormatProvider xlsx = Formats.forName("xlsx");
        byte[] data = RoundTrips.write(xlsx, dataset.records().toList(), ExportOptions.defaults());
        for (FuzzPropertiesTest.Mutation m : edits) {
            data = m.apply(data);
        }
        FuzzPropertiesTest.importSafely(xlsx, data);
    }

    @Property(tries = 40)
    void randomBytesAsWorkbookGiveImportErrors(@ForAll @Size(max = 400) List<Byte> bytes) {
        byte[] data = new byte[bytes.size() + 4];
        data[0] = 'P';
        data[1] = 'K';
        data[2] = 3;
        data[3] = 4;
        for (int i = 0; i < bytes.size(); i++) {
            data[i + 4] = bytes.get(i);
        }
        FuzzPropertiesTest.importSafely(Formats.forName("xlsx"), data);
    }
}

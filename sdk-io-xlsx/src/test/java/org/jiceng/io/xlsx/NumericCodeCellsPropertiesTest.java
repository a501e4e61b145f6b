package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.xlsx.internal.SheetTable;

/** Any numeric cell in a code column is either read as exactly the number stored or rejected. */
class NumericCodeCellsPropertiesTest {

    @Provide
    Arbitrary<Double> numbers() {
        Arbitrary<Double> wholeOfAnyLength = Arbitraries.integers().between(1, 20).flatMap(digits -> Arbitraries
                .strings().numeric().ofLength(digits).map(s -> Double.parseDouble("1" + s)));
        Arbitrary<Double> codesAsExcelWritesThem = Arbitraries.longs().between(100_000_000_000_000_000L,
                999_999_999_999_999_999L).map(v -> Double.parseDouble(String.format(java.util.Locale.ROOT, "%.14E",
                        (double) v)));
        return Arbitraries.oneOf(wholeOfAnyLength, codesAsExcelWritesThem, Arbitraries.doubles(),
                Arbitraries.longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L).map(Long::doubleValue));
    }

    @Property
    void aNumericCodeCellIsExactOrRejected(@ForAll("numbers") double value) {
        byte[] book = TestWorkbooks.personWithIdCell("<c r=\"A2\"><v>" + Double.toString(value) + "</v></c>");
        ImportResult r = Importer.of(new XlsxFormat(), ImportOptions.defaults()).read(ImportSource.of("p.xlsx", book));
        assertThat(r.report().read()).isEqualTo(1);
        if (r.report().accepted() == 1) {
            String id = r.dataset().persons().get(0).id();
            assertThat(new BigDecimal(id)).isEqualByComparingTo(new BigDecimal(value));
            assertThat(id.replace("-", "")).hasSizeLessThanOrEqualTo(15);
        } else {
            assertThat(r.report().errors()).extracting(RowError::constraint).containsExactly(SheetTable.STORED_AS_NUMBER);
        }
    }
}

package org.jiceng.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.spi.ImportSource;

/**
 * Any roster of {@link ResidentBean}s exported unmasked through CSV, JSON or JSON Lines is imported back
 * equal, with nothing rejected; a class and its record twin ({@link Resident}) write the same bytes.
 */
class PojoRoundTripPropertiesTest {

    private static final TableMapping<ResidentBean> BEANS = TableMapping.of(ResidentBean.class);

    /** Free text as people type it: Chinese, Latin, digits, punctuation and inner spaces, no formula start. */
    private static Arbitrary<String> text(int minLength) {
        Arbitrary<String> body = Arbitraries.strings().withChars("张李王居民社区备注abcXYZ0129,;\"'（）、 ")
                .ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> first = Arbitraries.strings().withChars("张李王社区abcXYZ").ofLength(1);
        return Combinators.combine(first, body).as((f, b) -> (f + b).strip())
                .filter(s -> s.length() >= minLength);
    }

    private static Arbitrary<Resident> residents() {
        Arbitrary<String> ids = Arbitraries.of("11010519491231002X", "530111198001011233", "530111197512124569");
        Arbitrary<Optional<String>> phones = Arbitraries.of("13812345678", "13912345678", "13700001111").optional();
        Arbitrary<LocalDate> born = Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.of(1910, 1, 1)
                .plusDays(d));
        Arbitrary<BigDecimal> allowances = Arbitraries.bigDecimals().between(new BigDecimal("-100000"),
                new BigDecimal("100000")).ofScale(2);
        Arbitrary<Optional<String>> notes = text(1).optional();
        return Combinators.combine(text(1), ids, phones, born, Arbitraries.integers().between(0, 99),
                Arbitraries.longs(), allowances, Arbitraries.of(true, false)).flatAs((name, id, phone, day, size,
                        register, allowance, member) -> Combinators.combine(Arbitraries.of(Resident.Residence.class),
                                notes).as((residence, note) -> new Resident(name, id, phone, day, size, register,
                                        allowance, member, residence, note)));
    }

    @Provide
    Arbitrary<List<Resident>> rosters() {
        return residents().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("csv", "json", "jsonl");
    }

    @Property
    void beansExportedUnmaskedAreImportedBackEqual(@ForAll("rosters") List<Resident> roster,
            @ForAll("formats") String format) throws IOException {
        List<ResidentBean> beans = roster.stream().map(ResidentBean::of).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName(format), ExportOptions.defaults().unmasked()).write(BEANS, beans, out);

        MappedImport<ResidentBean> back = Importer.of(Formats.forName(format), ImportOptions.defaults())
                .read(ImportSource.of("residents." + format, out.toByteArray()), BEANS);

        assertThat(back.report().errors()).isEmpty();
        assertThat(back.rows()).containsExactlyElementsOf(beans);
    }

    @Property
    void aBeanAndItsRecordTwinWriteTheSameMaskedBytes(@ForAll("rosters") List<Resident> roster,
            @ForAll("formats") String format) throws IOException {
        ByteArrayOutputStream beans = new ByteArrayOutputStream();
        Exporter.of(Formats.forName(format), ExportOptions.defaults()).write(BEANS,
                roster.stream().map(ResidentBean::of).toList(), beans);
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        Exporter.of(Formats.forName(format), ExportOptions.defaults()).write(TableMappingTest.RESIDENTS, roster,
                records);

        assertThat(beans.toByteArray()).isEqualTo(records.toByteArray());
    }
}

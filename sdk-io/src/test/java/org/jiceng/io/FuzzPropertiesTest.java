package org.jiceng.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.jiceng.core.model.Dataset;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.ImportSource;

/**
 * Hostile input: random bytes and mutated valid files never make an import throw anything but
 * {@link ImportException}, and every report's totals add up.
 */
class FuzzPropertiesTest {

    /** A mutation of a byte array: overwrite, delete, duplicate or insert special characters. */
    record Mutation(int kind, double at, double length, byte value) {
        byte[] apply(byte[] in) {
            if (in.length == 0) {
                return new byte[] {value};
            }
            int pos = (int) (at * in.length);
            int len = Math.max(1, (int) (length * Math.min(64, in.length - pos)));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            switch (kind) {
                case 0 -> {
                    byte[] copy = in.clone();
                    copy[pos] = value;
                    return copy;
                }
                case 1 -> {
                    out.write(in, 0, pos);
                    out.write(in, Math.min(in.length, pos + len), in.length - Math.min(in.length, pos + len));
                }
                case 2 -> {
                    out.write(in, 0, Math.min(in.length, pos + len));
                    out.write(in, pos, in.length - pos);
                }
                default -> {
                    out.write(in, 0, pos);
                    byte[] specials = {'"', '\n', '\r', ',', '{', '[', ':', '\'', '=', (byte) 0xE5, 0};
                    out.write(specials[Math.floorMod(value, specials.length)]);
                    out.write(in, pos, in.length - pos);
                }
            }
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 0.999).ofScale(3),
                Arbitraries.doubles().between(0, 1).ofScale(3), Arbitraries.bytes()).as(Mutation::new);
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.datasets();
    }

    @Provide
    Arbitrary<String> textFormats() {
        return Arbitraries.of("csv", "json", "jsonl");
    }

    @Property
    void randomBytesOnlyEverGiveImportErrors(@ForAll("textFormats") String format,
            @ForAll @Size(max = 600) List<Byte> bytes) {
        byte[] data = new byte[bytes.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = bytes.get(i);
        }
        importSafely(Formats.forName(format), data);
    }

    @Property
    void mutatedTextFilesOnlyEverGiveImportErrors(@ForAll("textFormats") String format,
            @ForAll("datasets") Dataset dataset, @ForAll @Size(min = 1, max = 4) List<@From("mutations") Mutation> edits) {
        FormatProvider provider = Formats.forName(format);
        List<Record> records = provider.multiKind() ? dataset.records().toList()
                : dataset.records().filter(r -> r instanceof org.jiceng.core.model.Person).toList();
        byte[] data = RoundTrips.write(provider, records, ExportOptions.defaults().unmasked());
        for (Mutation m : edits) {
            data = m.apply(data);
        }
        importSafely(provider, data);
    }

    static void importSafely(FormatProvider format, byte[] data) {
        String name = "persons." + format.fileExtensions().get(0);
        try {
            ImportReport report = Importer.of(format, ImportOptions.defaults()).stream(ImportSource.of(name, data),
                    r -> { });
            assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
            assertThat(report.errors().size()).isGreaterThanOrEqualTo((int) Math.min(report.rejected(), 1));
        } catch (ImportException e) {
            assertThat(e.partialReport()).hasValueSatisfying(
                    p -> assertThat(p.read()).isEqualTo(p.accepted() + p.rejected()));
            assertThat(e.messageZh()).isNotBlank();
        }
    }
}

package org.jiceng.testkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Cadre;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.PayGrade;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.ReserveTier;
import org.jiceng.core.model.Role;
import org.jiceng.core.model.SocialOrganization;
import org.jiceng.core.model.StationedUnit;
import org.jiceng.core.model.UnitType;
import org.jiceng.core.spi.Plugins;
import jakarta.validation.constraints.NotBlank;
import org.jiceng.core.validation.ChineseIdNumber;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.mapping.Column;
import org.jiceng.io.mapping.MappedImport;
import org.jiceng.io.mapping.Table;
import org.jiceng.io.mapping.TableMapping;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link FormatProvider}. A vendor extends this class, implements {@link #provider()}
 * and gets the whole contract tested:
 *
 * <pre>{@code
 * class DbfFormatCompatibilityTest extends FormatProviderCompatibilityKit {
 *     protected FormatProvider provider() { return new DbfFormat(); }
 * }
 * }</pre>
 *
 * <p>Checked: a stable name and lower-case extensions; discovery through {@link Plugins} and
 * {@link Formats}; lossless export-then-import of every kind the format carries (masking off); masking
 * of ID and phone numbers by default; the reader stops when the sink says so; the writer does not close
 * the caller's stream; hostile input (garbage, truncation, empty files) only ever raises
 * {@link ImportException} and never breaks the report's totals. Tests that need reading or writing are
 * skipped for providers that cannot do it. A tabular format that honours
 * {@link ImportOptions#mapping()} and {@link ExportOptions#mapping()} (through {@code TableHeader} and
 * {@code TableColumns.of(Record, ...)}) says so with {@link #readsTableMappings()} and gets the round trip
 * and masking of an integrator's annotated record tested too.
 */
public abstract class FormatProviderCompatibilityKit {

    /** @return a new instance of the provider under test */
    protected abstract FormatProvider provider();

    /**
     * The records used by the round-trip tests: one or two of every kind, with text that stresses
     * quoting and escaping. Override to restrict or extend; records of kinds the provider does not
     * carry are dropped automatically.
     *
     * @return the sample dataset
     */
    protected Dataset sample() {
        String tricky = "张三, \"老张\"\n=1+1;a\\b";
        return Dataset.builder()
                .add(new Area("a1", "永兴路社区", AreaLevel.COMMUNITY, Optional.of("a0"), Optional.empty(),
                        Optional.of("geo-1"), Optional.of(1200), Optional.of(3400)))
                .add(Area.of("a0", "城关街道", AreaLevel.SUBDISTRICT, null))
                .add(new PartyOrganization("o1", "永兴路社区第一党支部", OrganizationType.BRANCH, Optional.of("o0"),
                        Optional.of("a1"), Optional.of(LocalDate.of(2001, 7, 1)), Optional.empty(), Set.of("o2", "o3")))
                .add(new Person("p1", tricky, Optional.of("11010519491231002X"), Optional.of("13812345678"),
                        Optional.of("a1")))
                .add(Person.of("p2", "李四"))
                .add(new PartyMember("p1", MemberStatus.FULL, Optional.of(LocalDate.of(1990, 7, 1))))
                .add(new Membership("m1", "p1", "o1", Role.SECRETARY, Optional.of("post1"),
                        DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1))))
                .add(new Post("post1", "o1", Role.BUILDING_LEADER, "3号楼楼长", Optional.of("a1")))
                .add(new Cadre("p1", Optional.of("a1"), Optional.of(ReserveTier.RISING), Optional.of(new PayGrade(3, 2))))
                .add(new StationedUnit("u1", "市第一医院", UnitType.HOSPITAL, Optional.of("91350100M000100Y43"),
                        Optional.of("a1"), Optional.empty()))
                .add(new SocialOrganization("s1", "夕阳红志愿队", Optional.empty(), Optional.of("养老"), Optional.of("a1"),
                        Optional.empty(), Optional.of(LocalDate.of(2015, 3, 9))))
                .add(new Grid("g1", "110105001001001", "第一网格", "a1", Optional.empty(), List.of("p1", "p2"), 300,
                        Optional.empty()))
                .add(new Event("e1", "volunteer.service", "p1", Instant.parse("2024-05-01T08:00:00Z"),
                        new BigDecimal("2.50"), Optional.of("a1"), Map.of("topic", "义诊;测血压", "place", "广场")))
                .build();
    }

    /**
     * @return true when the provider reads and writes rows of an integrator's record type through a
     *     {@link TableMapping} (tabular formats built on {@code TableHeader} and {@code TableColumns});
     *     false by default
     */
    protected boolean readsTableMappings() {
        return false;
    }

    /**
     * An integrator's own record, annotated as {@link TableMapping} expects, for the mapping tests.
     *
     * @param name 名称
     * @param idNumber 身份证号, personal
     * @param count 人数
     * @param day 日期
     * @param followUp 需跟进
     * @param note 备注, optional
     */
    @Table(value = "样本", key = "samples")
    public record MappedSample(@Column("名称") @NotBlank String name,
            @Column(value = "身份证号", aliases = "公民身份号码") @ChineseIdNumber String idNumber,
            @Column("人数") int count, @Column("日期") LocalDate day, @Column("需跟进") boolean followUp,
            @Column("备注") Optional<String> note) {
    }

    @Test
    void tableMappingRoundTripWithoutMaskingIsLosslessAndMasksByDefault() throws IOException {
        FormatProvider p = provider();
        assumeTrue(readsTableMappings() && p.canRead() && p.canWrite(), "reads and writes table mappings");
        TableMapping<MappedSample> mapping = TableMapping.of(MappedSample.class);
        List<MappedSample> rows = List.of(
                new MappedSample("张三, \"老张\"\n=1+1", "11010519491231002X", 3, LocalDate.of(2024, 5, 6), true,
                        Optional.of("备注;a\\b")),
                new MappedSample("李四", "530111198001011233", 0, LocalDate.of(2024, 5, 7), false, Optional.empty()));

        ByteArrayOutputStream unmasked = new ByteArrayOutputStream();
        Exporter.of(p, ExportOptions.defaults().unmasked()).write(mapping, rows, unmasked);
        MappedImport<MappedSample> back = Importer.of(p, importOptions())
                .read(ImportSource.of(fileName("samples"), unmasked.toByteArray()), mapping);
        assertThat(back.report().errors()).as("errors importing what was exported").isEmpty();
        assertThat(back.rows()).containsExactlyElementsOf(rows);

        ByteArrayOutputStream masked = new ByteArrayOutputStream();
        Exporter.of(p, ExportOptions.defaults()).write(mapping, rows, masked);
        MappedImport<MappedSample> maskedBack = Importer.of(p, importOptions())
                .read(ImportSource.of(fileName("samples"), masked.toByteArray()), mapping);
        assertThat(maskedBack.rows()).isEmpty();
        assertThat(maskedBack.report().errors()).extracting(RowError::rawValue)
                .contains(Optional.of("110105********002X"));
        assertThat(new String(masked.toByteArray(), StandardCharsets.UTF_8)).doesNotContain("11010519491231002X");
    }

    /** @return options for imports in these tests (defaults) */
    protected ImportOptions importOptions() {
        return ImportOptions.defaults();
    }

    private List<Record> supported(Dataset dataset) {
        FormatProvider p = provider();
        return dataset.records().filter(r -> p.kinds().contains(RecordKind.of(r))).toList();
    }

    private byte[] write(List<? extends Record> records, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = provider().openWriter(out, options)) {
            for (Record r : records) {
                writer.write(r);
            }
        }
        return out.toByteArray();
    }

    private String fileName(String stem) {
        return stem + "." + provider().fileExtensions().get(0);
    }

    @Test
    void hasAStableNonBlankName() {
        FormatProvider p = provider();
        assertThat(p.name()).isNotBlank().isEqualTo(provider().name()).isEqualTo(p.name().strip());
    }

    @Test
    void declaresLowerCaseExtensionsWithoutDots() {
        assertThat(provider().fileExtensions()).isNotEmpty().allSatisfy(ext -> {
            assertThat(ext).isNotBlank().doesNotStartWith(".").isEqualTo(ext.toLowerCase(java.util.Locale.ROOT));
        });
    }

    @Test
    void carriesAtLeastOneKindAndReadsOrWrites() {
        assertThat(provider().kinds()).isNotEmpty();
        assertThat(provider().canRead() || provider().canWrite()).isTrue();
    }

    @Test
    void isDiscoveredThroughThePluginLoaderByNameAndExtension() {
        FormatProvider p = provider();
        FormatProvider loaded = Plugins.forDefaultClassLoader().named(FormatProvider.class, p.name());
        assertThat(loaded).isInstanceOf(p.getClass());
        for (String ext : p.fileExtensions()) {
            assertThat(Formats.forFileName("data." + ext)).as("format for ." + ext)
                    .hasValueSatisfying(f -> assertThat(f).isInstanceOf(p.getClass()));
        }
    }

    /**
     * No other installed provider claims one of this provider's extensions: the importer would refuse
     * to choose between them (issue #13 item 12), so both must be selected by name.
     */
    @Test
    void claimsNoExtensionAnotherInstalledFormatClaims() {
        FormatProvider p = provider();
        for (FormatProvider other : Formats.all()) {
            if (other.name().equals(p.name())) {
                continue;
            }
            assertThat(other.fileExtensions()).as("extensions of %s (%s) shared with %s",
                    other.name(), other.getClass().getName(), p.getClass().getName())
                    .doesNotContainAnyElementsOf(p.fileExtensions());
        }
    }

    /** Methods returning objects never return null (null is a PluginException naming the provider). */
    @Test
    void returnsNoNullFromItsMethods() throws IOException {
        FormatProvider p = provider();
        assertThat(p.fileExtensions()).isNotNull().doesNotContainNull();
        assertThat(p.kinds()).isNotNull().doesNotContainNull();
        if (p.canWrite()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (FormatWriter writer = p.openWriter(out, ExportOptions.defaults())) {
                assertThat(writer).as("openWriter").isNotNull();
            }
        }
    }

    @Test
    void roundTripWithoutMaskingIsLossless() throws IOException {
        FormatProvider p = provider();
        assumeTrue(p.canRead() && p.canWrite(), "needs read and write");
        List<Record> records = supported(sample());
        assumeTrue(!records.isEmpty(), "sample has no record of a kind this format carries");
        Dataset expected = Dataset.builder().addAll(records).build();
        Dataset.Builder actual = Dataset.builder();
        List<ImportReport> reports = new ArrayList<>();
        if (p.multiKind()) {
            byte[] bytes = write(records, ExportOptions.defaults().unmasked());
            reports.add(Importer.of(p, importOptions()).stream(ImportSource.of(fileName("dataset"), bytes), actual::add));
        } else {
            for (RecordKind kind : RecordKind.values()) {
                List<Record> ofKind = records.stream().filter(kind.recordType()::isInstance).toList();
                if (ofKind.isEmpty()) {
                    continue;
                }
                byte[] bytes = write(ofKind, ExportOptions.defaults().unmasked());
                reports.add(Importer.of(p, importOptions()).stream(ImportSource.of(fileName(kind.key()), bytes),
                        actual::add));
            }
        }
        for (ImportReport report : reports) {
            assertThat(report.errors()).as("errors importing what was exported").isEmpty();
        }
        assertThat(actual.build()).isEqualTo(expected);
    }

    @Test
    void masksIdAndPhoneNumbersByDefault() throws IOException {
        FormatProvider p = provider();
        assumeTrue(p.canWrite() && p.kinds().contains(RecordKind.PERSONS), "needs to write persons");
        Person person = new Person("p1", "张三", Optional.of("11010519491231002X"), Optional.of("13812345678"),
                Optional.empty());
        byte[] bytes = write(List.of(person), ExportOptions.defaults());
        if (p.canRead()) {
            ImportResult back = Importer.of(p, importOptions().withValidation(false))
                    .read(ImportSource.of(fileName(RecordKind.PERSONS.key()), bytes));
            // A format that does not carry a field may drop it; one that carries it must mask it.
            assertThat(back.dataset().persons()).singleElement().satisfies(read -> {
                assertThat(read.idNumber()).isIn(Optional.empty(), Optional.of("110105********002X"));
                assertThat(read.phone()).isIn(Optional.empty(), Optional.of("138****5678"));
            });
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("11010519491231002X")
                    .doesNotContain("13812345678");
        } else {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("11010519491231002X").doesNotContain("13812345678");
        }
    }

    @Test
    void writerLeavesTheCallersStreamOpen() throws IOException {
        assumeTrue(provider().canWrite(), "needs write");
        boolean[] closed = new boolean[1];
        OutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (FormatWriter writer = provider().openWriter(out, ExportOptions.defaults())) {
            List<Record> records = supported(sample());
            if (!records.isEmpty()) {
                writer.write(records.get(0));
            }
        }
        assertThat(closed[0]).as("stream closed by the writer").isFalse();
    }

    @Test
    void readerStopsWhenTheSinkSaysSo() throws IOException {
        FormatProvider p = provider();
        assumeTrue(p.canRead() && p.canWrite() && p.kinds().contains(RecordKind.PERSONS), "needs persons");
        byte[] bytes = write(List.of(Person.of("p1", "甲"), Person.of("p2", "乙"), Person.of("p3", "丙")),
                ExportOptions.defaults());
        int[] calls = new int[1];
        p.read(ImportSource.of(fileName(RecordKind.PERSONS.key()), bytes), importOptions(), new ReadSink() {
            @Override
            public boolean accept(Record record, SourceRow row) {
                calls[0]++;
                return false;
            }

            @Override
            public boolean reject(SourceRow row, List<RowError> errors) {
                calls[0]++;
                return false;
            }
        });
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void emptyInputReadsNothingOrFailsWithAnImportError() {
        assumeTrue(provider().canRead(), "needs read");
        assertOnlyImportErrors(new byte[0]);
    }

    @Test
    void garbageOnlyEverRaisesImportErrorsWithSoundTotals() throws IOException {
        assumeTrue(provider().canRead(), "needs read");
        Random random = new Random(42);
        List<byte[]> inputs = new ArrayList<>();
        for (int size : new int[] {1, 7, 100, 5000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            inputs.add(bytes);
        }
        inputs.add("\"unterminated,\n{[".getBytes(StandardCharsets.UTF_8));
        inputs.add(new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        if (provider().canWrite()) {
            byte[] valid = write(supported(sample()).stream()
                    .filter(r -> provider().multiKind() || r instanceof Person).toList(), ExportOptions.defaults());
            for (int cut : new int[] {valid.length / 3, valid.length / 2, valid.length - 1}) {
                inputs.add(java.util.Arrays.copyOf(valid, Math.max(0, cut)));
            }
            byte[] flipped = valid.clone();
            for (int i = 0; i < flipped.length; i += 97) {
                flipped[i] ^= 0x5A;
            }
            inputs.add(flipped);
        }
        for (byte[] input : inputs) {
            assertOnlyImportErrors(input);
        }
    }

    private void assertOnlyImportErrors(byte[] input) {
        try {
            ImportReport report = Importer.of(provider(), importOptions())
                    .stream(ImportSource.of(fileName(RecordKind.PERSONS.key()), input), r -> { });
            assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
        } catch (ImportException e) {
            assertThat(e.partialReport()).hasValueSatisfying(
                    r -> assertThat(r.read()).isEqualTo(r.accepted() + r.rejected()));
            assertThat(e.messageZh()).isNotBlank();
            assertThat(e.messageEn()).isNotBlank();
        } catch (RuntimeException e) {
            fail("Import of " + input.length + " hostile bytes threw " + e + " instead of ImportException", e);
        }
    }
}

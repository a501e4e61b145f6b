package org.jiceng.io;

import org.jiceng.core.model.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.Person;
import org.jiceng.io.csv.CsvParser;
import org.jiceng.io.internal.KindMapping;
import org.jiceng.io.internal.TextDecoding;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.TableColumns;
import org.junit.jupiter.api.Test;

/**
 * The fixture corpus of {@code src/test/resources/real-world/} (files made by python's csv module, iconv
 * and printf, see its README): exact accepted / normalised / rejected counts per file, and for every
 * accepted row a check that each value is either exactly as in the file or was changed with a warning
 * naming the row, the column, the value before and the value after.
 */
class RealWorldCorpusTest {

    private static byte[] bytes(String name) {
        try (InputStream in = RealWorldCorpusTest.class.getResourceAsStream("/real-world/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportResult read(String name) {
        return Importer.of(Formats.forName("csv"), ImportOptions.defaults()).read(ImportSource.of(name, bytes(name)));
    }

    @Test
    void utf8WithOnlyLatinAccentsUpFrontIsReadAsUtf8NotGb18030() {
        ImportResult r = read("persons-latin-accents-utf8.csv");
        assertThat(r.report().encoding()).contains("UTF-8");
        assertThat(r.dataset().persons()).extracting(Person::name).containsExactly("Rémy Dupont", "Jürgen Müller",
                "Begoña Núñez", "Zoë \"Zo\" Ångström, Jr.", "张伟");
        assertThat(counts(r.report())).containsExactly(5L, 5L, 0L, 0L);
        assertThat(r.report().warnings()).isEmpty();
        assertNoSilentChange("persons-latin-accents-utf8.csv", StandardCharsets.UTF_8, 0, r);
    }

    @Test
    void gb18030RosterWithBannerHeaderVariantsAndPaddedCellsIsReadWithAWarningPerChange() {
        String file = "党员花名册-banner-gb18030.csv";
        ImportResult r = read(file);
        ImportReport report = r.report();
        assertThat(report.encoding()).contains("GB18030");
        // read, accepted, normalised, rejected
        assertThat(counts(report)).containsExactly(6L, 4L, 2L, 2L);
        assertThat(r.dataset().persons()).extracting(Person::id).containsExactly("P001", "P002", "P003", "P004");
        Person li = r.dataset().persons().get(1);
        assertThat(li.name()).isEqualTo("李四");
        assertThat(li.phone()).contains("13912345678");
        assertThat(r.dataset().persons().get(2).idNumber()).contains("11010519491231002X");
        assertThat(r.dataset().persons().get(0).extras()).containsExactly(Map.entry("性别", "男"),
                Map.entry("民族", "汉族"), Map.entry("出生日期", "1949年12月31日"), Map.entry("学历", "大专"));
        assertThat(r.dataset().persons().get(3).extras()).doesNotContainKey("学历");

        assertThat(report.warnings()).extracting(w -> w.location().row() + " " + w.column().orElse("") + " "
                + w.rule() + " " + w.originalValue().orElse("") + "->" + w.normalisedValue().orElse(""))
                .containsExactly(
                        "0 性别 column-kept ->", "0 民族 column-kept ->", "0 出生日期 column-kept ->",
                        "0 学历 column-kept ->", "0 序号 column-ignored ->",
                        "2 人员编号 trim  P002 ->P002", "2 姓名 trim 李四 ->李四", "2 手机号码 width １３９****５６７８->139****5678",
                        "3 人员编号 width P００3->P003", "3 公民身份号码 id-check-x 110105********002x->110105********002X");
        assertThat(report.warningCount()).isEqualTo(10);
        assertThat(report.errors()).extracting(e -> e.location().row() + " " + e.column().orElse("") + " "
                + e.constraint()).containsExactly("5 公民身份号码 ChineseIdNumber", "6 人员编号 required");
        assertThat(report.warnings().get(6).describeZh()).contains("第5行", "列「姓名」", "值「李四 」", "→「李四」", "［trim］");
        assertNoSilentChange(file, TextDecoding.GB18030, 1, r);
    }

    @Test
    void rosterDatesAreReadWithAWarningAndImpossibleOrAmbiguousOnesRejected() {
        String file = "partyMembers-dates.csv";
        ImportResult r = read(file);
        ImportReport report = r.report();
        assertThat(report.encoding()).contains("UTF-8");
        assertThat(counts(report)).containsExactly(9L, 6L, 5L, 3L);
        assertThat(r.dataset().partyMembers()).extracting(m -> m.joined().orElseThrow())
                .containsOnly(LocalDate.of(2024, 6, 1));
        PartyMember second = r.dataset().partyMembers().get(1);
        assertThat(second.extras()).containsExactly(Map.entry("转正时间", "2025/6/1"), Map.entry("备注", "由外区转入"));
        assertThat(report.warnings()).filteredOn(w -> w.rule().equals(ImportWarning.DATE))
                .extracting(w -> w.originalValue().orElseThrow())
                .containsExactly("2024/6/1", "2024年6月1日", "2024.6.1", "2024-6-1", "45444");
        assertThat(report.errors()).extracting(RowError::messageEn).satisfiesExactly(
                m -> assertThat(m).contains("'2024/2/30'", "no such day"),
                m -> assertThat(m).contains("'6/1/2024'", "ambiguous"),
                m -> assertThat(m).contains("'24/6/1'", "two-digit year"));
        assertThat(report.errors()).extracting(RowError::column).containsOnly(Optional.of("入党时间"));
        assertNoSilentChange(file, StandardCharsets.UTF_8, 0, r);

        // exported again, the kept columns come back in their order, and a second import changes nothing
        ImportResult again = RoundTrips.roundTrip(Formats.forName("csv"), r.dataset(),
                ExportOptions.defaults().unmasked(), ImportOptions.defaults());
        assertThat(again.dataset()).isEqualTo(r.dataset());
        assertThat(again.dataset().partyMembers().get(1).extras().keySet()).containsExactly("转正时间", "备注");
        assertThat(again.report().warningCount()).isZero();
    }

    @Test
    void aStrayByteInUtf8TextIsReportedWithItsByteOffsetNotGarbled() {
        assertThatThrownBy(() -> read("persons-stray-byte.csv"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.MALFORMED);
                    assertThat(e.messageEn()).contains("byte 0xFF at offset 43 (line 4) is not valid UTF-8",
                            "not GB18030 either");
                    assertThat(e.messageZh()).contains("第 4 行第 43 字节");
                    // nothing garbled was handed out before the failure
                    assertThat(e.partialReport().orElseThrow().read()).isZero();
                });
    }

    @Test
    void nulAndControlCharactersInIdsAndNamesAreRejectedNamingRowAndColumn() {
        ImportResult r = read("persons-control-chars.csv");
        assertThat(counts(r.report())).containsExactly(4L, 2L, 0L, 2L);
        assertThat(r.dataset().persons()).extracting(Person::name).containsExactly("张三", "赵\t六");
        assertThat(r.report().errors()).extracting(e -> e.location().row() + " " + e.column().orElse("") + " "
                + e.constraint()).containsExactly("2 id control", "3 name control");
        assertThat(r.report().errors().get(0).messageEn()).contains("U+0000", "character 2");
        assertThat(r.report().errors().get(1).messageEn()).contains("U+001B");
        assertThat(r.report().errors().get(1).messageZh()).contains("控制字符 U+001B");
    }

    private static List<Long> counts(ImportReport r) {
        return List.of(r.read(), r.accepted(), r.normalised(), r.rejected());
    }

    /**
     * Re-reads the file with the bare CSV parser and checks every cell of every accepted row: the record's
     * value as the SDK would export it equals the cell, or a warning names that row and column with the
     * cell as the value before and the record's value as the value after. Cells of columns no field
     * takes are in the record's extras exactly, or their column is reported as ignored.
     */
    private static void assertNoSilentChange(String file, Charset charset, int headerIndex, ImportResult result) {
        List<String[]> rows = new ArrayList<>();
        try (CsvParser p = new CsvParser(new InputStreamReader(new java.io.ByteArrayInputStream(strip(bytes(file))),
                charset), ',', IoLimits.defaults(), file)) {
            int n;
            while ((n = p.next()) >= 0) {
                String[] cells = Arrays.copyOf(p.fields(), n);
                if (!Arrays.stream(cells).allMatch(String::isBlank)) {
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] header = rows.get(headerIndex);
        List<Record> accepted = result.dataset().records().toList();
        RecordKind kind = RecordKind.of(accepted.get(0));
        KindMapping mapping = KindMapping.of(kind);
        TableColumns columns = TableColumns.of(kind, ExportOptions.defaults().unmasked(), false);
        Set<Long> rejected = new HashSet<>();
        result.report().errors().forEach(e -> rejected.add(e.location().row()));
        Set<String> ignored = new HashSet<>();
        result.report().warnings().stream().filter(w -> w.rule().equals(ImportWarning.COLUMN_IGNORED))
                .forEach(w -> ignored.add(w.column().orElseThrow()));
        int next = 0;
        int checked = 0;
        for (int r = headerIndex + 1; r < rows.size(); r++) {
            long row = r - headerIndex;
            if (rejected.contains(row)) {
                continue;
            }
            Record record = accepted.get(next++);
            String[] exported = columns.cells(record);
            Map<String, String> extras = extras(record);
            String[] cells = rows.get(r);
            for (int f = 0; f < header.length; f++) {
                String raw = f < cells.length ? cells[f] : "";
                String column = header[f].strip();
                int c = mapping.match(header[f], Map.of());
                if (c < 0) {
                    if (!raw.isEmpty() && !ignored.contains(column)) {
                        assertThat(extras).as("row %d column %s kept in extras", row, column).containsEntry(column, raw);
                    }
                    continue;
                }
                String value = exported[c];
                checked++;
                if (value.equals(raw)) {
                    continue;
                }
                // warnings show personal numbers masked, as exports do
                java.util.function.UnaryOperator<String> mask = mapping.columns().get(c).masker();
                String rawShown = mask == null ? raw : mask.apply(raw);
                String valueShown = mask == null ? value : mask.apply(value);
                assertThat(result.report().warnings()).as("row %d column %s: '%s' became '%s' without a warning", row,
                        column, raw, value).anySatisfy(w -> {
                            assertThat(w.location().row()).isEqualTo(row);
                            assertThat(w.column()).contains(column);
                            assertThat(w.originalValue()).isPresent();
                            assertThat(w.normalisedValue()).isPresent();
                        });
                assertThat(chain(result.report().warnings(), row, column, rawShown)).as("row %d column %s", row, column)
                        .isEqualTo(valueShown);
            }
        }
        assertThat(next).isEqualTo(accepted.size());
        assertThat(checked).isPositive();
    }

    /** Follows the warnings of one cell from the raw value to the value kept. */
    private static String chain(List<ImportWarning> warnings, long row, String column, String raw) {
        String value = raw;
        for (ImportWarning w : warnings) {
            if (w.location().row() == row && w.column().equals(Optional.of(column))
                    && w.originalValue().equals(Optional.of(value))) {
                value = w.normalisedValue().orElseThrow();
            }
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> extras(Record record) {
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            if (rc.getName().equals("extras")) {
                try {
                    return (Map<String, String>) rc.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Map.of();
    }

    private static byte[] strip(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                ? Arrays.copyOfRange(b, 3, b.length) : b;
    }
}

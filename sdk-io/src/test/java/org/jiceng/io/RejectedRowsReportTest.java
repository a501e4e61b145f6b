package org.jiceng.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.jiceng.core.validation.IdNumbers;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/**
 * Issue #13 items 4 and 13 through a whole import: the report of 1,000 rejected rows stays small
 * whatever their values hold, and personal values are never shown in full.
 */
class RejectedRowsReportTest {

    private static ImportResult csv(String name, String text, ImportOptions options) {
        return Importer.of(Formats.forName("csv"), options)
                .read(ImportSource.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static long retainedChars(ImportResult r) {
        long chars = 0;
        for (RowError e : r.report().errors()) {
            chars += e.rawValue().map(String::length).orElse(0) + e.column().map(String::length).orElse(0)
                    + e.messageEn().length() + e.messageZh().length();
        }
        return chars;
    }

    @Test
    void thousandRejectedRowsWithHugeValuesRetainABoundedReport() {
        String huge = "1".repeat(30_000); // an "ID number" of 30,000 digits: rejected, value echoed
        StringBuilder file = new StringBuilder("编号,姓名,身份证号,手机号\n");
        for (int i = 0; i < 1_000; i++) {
            file.append('p').append(i).append(",张三,").append(huge).append(",13812345678\n");
        }
        ImportResult r = csv("persons.csv", file.toString(), ImportOptions.defaults());
        assertThat(r.report().rejected()).isEqualTo(1_000);
        // 30 million characters of input values; the report keeps a few hundred per row
        assertThat(retainedChars(r)).isLessThan(1_000L * 1_000);
        assertThat(r.report().errors().get(0).messageEn()).contains("truncated", "30000 characters");
    }

    @Test
    void aRowWithHundredsOfProblemsKeepsAFewAndCountsTheRest() {
        org.jiceng.io.report.SourceLocation at = org.jiceng.io.report.SourceLocation.of("x.csv");
        java.util.List<RowError> many = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(new RowError(at, java.util.Optional.of("c" + i), java.util.Optional.of("v"), "format", "错", "bad"));
        }
        java.util.List<RowError> kept = org.jiceng.io.internal.EchoedValues.capPerRow(many);
        assertThat(kept).hasSize(org.jiceng.io.internal.EchoedValues.MAX_ERRORS_PER_ROW);
        assertThat(kept.get(kept.size() - 1).messageEn()).contains("481 more problems");
    }

    @Test
    void rejectedIdAndPhoneNumbersAreMaskedAndTheExpectedCheckCharacterIsNotDisclosed() {
        String valid = IdNumbers.withCheckDigit("11010519491231002");
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        String badId = valid.substring(0, 17) + wrong;
        ImportResult r = csv("persons.csv", "编号,姓名,身份证号码,联系电话\np1,张三," + badId + ",12812345678\n",
                ImportOptions.defaults());
        assertThat(r.report().rejected()).isEqualTo(1);
        String shown = r.report().errors().stream().map(e -> e.describe() + "\n" + e.describeZh())
                .collect(Collectors.joining("\n"));
        assertThat(shown).doesNotContain(badId, valid, "12812345678", "expected " + valid.charAt(17),
                "应为" + valid.charAt(17));
        assertThat(shown).contains(badId.substring(0, 6) + "********" + badId.substring(14), "128****5678");
    }

    @Test
    void controlSequencesInARejectedValueNeverReachTheReport() {
        ImportResult r = csv("persons.csv", "编号,姓名,手机号\np1,张三,\"\u001B]0;pwned\u0007\u001B[2J\"\n",
                ImportOptions.defaults());
        assertThat(r.report().rejected()).isEqualTo(1);
        r.report().errors().forEach(e -> assertThat(e.describe() + e.describeZh())
                .doesNotContain("\u001B", "\u0007"));
    }
}

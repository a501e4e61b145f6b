package org.jiceng.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.SourceRow;
import org.junit.jupiter.api.Test;

/** Bean Validation violations become report entries with the source column, raw value and both languages. */
class ReportingSinkTest {

    /** A record with constraints, standing in for any model record. */
    record Member(@NotBlank String id, @Pattern(regexp = "1[3-9]\\d{9}") String phone) {
    }

    static SourceRow row(long line, Map<String, String> columns, Map<String, String> raw) {
        SourceLocation at = SourceLocation.line("m.csv", line, line - 1);
        return new SourceRow() {
            @Override
            public SourceLocation location() {
                return at;
            }

            @Override
            public Optional<String> columnOf(String field) {
                return Optional.ofNullable(columns.get(field));
            }

            @Override
            public Optional<String> rawValueOf(String field) {
                return Optional.ofNullable(raw.get(field));
            }
        };
    }

    @Test
    void violationsNameTheSourceColumnRawValueConstraintAndBothLanguages() {
        List<Record> accepted = new ArrayList<>();
        ReportingSink sink = new ReportingSink("m.csv", ImportOptions.defaults(), accepted::add);
        assertThat(sink.accept(new Member("p1", "13812345678"), row(2, Map.of(), Map.of()))).isTrue();
        assertThat(sink.accept(new Member("p2", "12345"),
                row(3, Map.of("phone", "手机号"), Map.of("phone", " 12345")))).isTrue();
        ImportReport report = sink.report();
        assertThat(accepted).hasSize(1);
        assertThat(report.read()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        RowError error = report.errors().get(0);
        assertThat(error.column()).contains("手机号");
        assertThat(error.rawValue()).contains("******"); // a phone column: masked as on export
        assertThat(error.constraint()).isEqualTo("Pattern");
        assertThat(error.location().line()).isEqualTo(3);
        assertThat(error.messageEn()).isNotBlank();
        assertThat(error.messageZh()).isNotBlank();
    }

    @Test
    void withoutColumnMappingTheFieldNameAndInvalidValueAreUsed() {
        ReportingSink sink = new ReportingSink("m.json", ImportOptions.defaults(), r -> { });
        sink.accept(new Member(" ", "13812345678"), SourceRow.at(SourceLocation.of("m.json")));
        RowError error = sink.report().errors().get(0);
        assertThat(error.column()).contains("id");
        assertThat(error.rawValue()).contains(" ");
        assertThat(error.constraint()).isEqualTo("NotBlank");
    }

    @Test
    void validationCanBeTurnedOff() {
        ReportingSink sink = new ReportingSink("m", ImportOptions.defaults().withValidation(false), r -> { });
        sink.accept(new Member(" ", "x"), SourceRow.at(SourceLocation.of("m")));
        assertThat(sink.report().accepted()).isEqualTo(1);
    }
}

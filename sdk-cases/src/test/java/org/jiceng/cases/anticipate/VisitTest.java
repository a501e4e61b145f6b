package org.jiceng.cases.anticipate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.validation.Validators;
import org.junit.jupiter.api.Test;

class VisitTest {

    private static Visit visit(String phone, List<String> tags) {
        return new Visit("V-1", "g01", Optional.of("compound-3"), Optional.of("hh-12"), "member-7",
                LocalDate.of(2024, 5, 6), List.of("S04"), tags, true, Optional.of("张三丰"), Optional.of(phone),
                "二次供水水压低");
    }

    @Test
    void aCompleteVisitIsValid() {
        assertThat(Validators.english().validate(visit("13812345678", List.of("供水")))).isEmpty();
    }

    @Test
    void anInvalidPhoneIsReportedOnItsField() {
        Set<ConstraintViolation<Visit>> problems = Validators.english().validate(visit("12345", List.of()));
        assertThat(problems).hasSize(1);
        assertThat(problems.iterator().next().getMessage()).startsWith("residentPhone");
        assertThat(Validators.validateFast(visit("12345", List.of()), Locale.SIMPLIFIED_CHINESE)).hasSize(1);
    }

    @Test
    void aBlankTagIsReported() {
        assertThat(Validators.english().validate(visit("13812345678", List.of(" ")))).hasSize(1);
    }

    @Test
    void requiredFieldsAreCheckedOnConstruction() {
        assertThatThrownBy(() -> Visit.of("V-2", " ", "m", LocalDate.of(2024, 1, 1), List.of()))
                .hasMessage("Visit V-2 gridId must not be blank");
        assertThatThrownBy(() -> Visit.of("V-2", "g", "m", null, List.of())).hasMessage("Visit V-2 date must not be null");
    }

    @Test
    void toStringAndMaskedHideTheResidentsNameAndPhone() {
        Visit v = visit("13812345678", List.of());
        assertThat(v.toString()).contains("张**").contains("138****5678").doesNotContain("张三丰")
                .doesNotContain("13812345678");
        Visit masked = v.masked();
        assertThat(masked.residentName()).contains("张**");
        assertThat(masked.residentPhone()).contains("138****5678");
        assertThat(masked.situationCodes()).isEqualTo(v.situationCodes());
        assertThat(masked.note()).isEqualTo(v.note());
    }
}

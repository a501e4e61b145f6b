package org.jiceng.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.Person;
import org.jiceng.core.validation.internal.RecordChecker.Verdict;
import org.junit.jupiter.api.Test;

/**
 * What the pre-check does not mirror goes to Hibernate Validator, so {@code fastCheck} and
 * {@code validateFast} still answer exactly; what it does mirror picks the same validators.
 */
class PreCheckFallbackTest {

    /** A constraint declared on a getter as well as on the field: Hibernate Validator reads both. */
    record WithGetter(@NotBlank String name) {
        @NotBlank
        public String getName() {
            return name.trim();
        }
    }

    /** A validation group other than Default. */
    interface Strict {
    }

    record InGroup(@NotBlank(groups = Strict.class) String name, @NotBlank String id) {
    }

    /** A composed constraint reported as one violation. */
    @NotBlank
    @Size(max = 3)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({FIELD, TYPE_USE})
    @Retention(RUNTIME)
    @interface ShortCode {
        String message() default "short code";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    record WithComposed(@ShortCode String code) {
    }

    /** Legacy cascading: @Valid on the list, not on its element type. */
    record LegacyCascade(@Valid List<Person> persons) {
    }

    /** Constraints nested two containers deep. */
    record Nested(List<Optional<@NotBlank String>> values) {
    }

    /** Not a record. */
    static final class Plain {
        @Min(1)
        final int size;

        Plain(int size) {
            this.size = size;
        }
    }

    /** Supported, and the right validator must be chosen for each value type. */
    record Mixed(@PositiveOrZero int count, @PositiveOrZero long big, Optional<@PositiveOrZero BigDecimal> amount,
            @Size(max = 2) List<String> tags, @Size(min = 1, max = 4) String code,
            Map<@NotBlank String, @Min(0) Integer> counts, Set<@Size(min = 2) String> names) {
    }

    @Test
    void unsupportedClassesAreUndecidedButFastCheckStillExact() {
        List<Object> beans = List.of(new WithGetter(" x "), new WithGetter(" "), new InGroup("", "i"),
                new InGroup("n", " "), new WithComposed("abcd"), new WithComposed("ab"),
                new LegacyCascade(List.of(Person.of("p", "n"))),
                new LegacyCascade(List.of(new Person("p", "n", Optional.of("1"), Optional.empty(), Optional.empty()))),
                new Nested(List.of(Optional.of(" "))), new Nested(List.of(Optional.of("v"))), new Plain(0),
                new Plain(2));
        for (Object bean : beans) {
            assertThat(Validators.preCheck(bean)).as("pre-check of %s", bean).isEqualTo(Verdict.UNDECIDED);
            assertThat(Validators.fastCheck(bean)).as("fastCheck of %s", bean)
                    .isEqualTo(Validators.english().validate(bean).isEmpty());
        }
        // Both answers occur, so the loop above compared something.
        assertThat(beans.stream().map(Validators::fastCheck).distinct()).containsExactlyInAnyOrder(true, false);
    }

    @Property
    void mixedValueTypesGetTheValidatorsHibernateValidatorWouldPick(@ForAll("mixed") Mixed mixed) {
        Verdict verdict = Validators.preCheck(mixed);
        assertThat(verdict).isNotEqualTo(Verdict.UNDECIDED);
        assertThat(verdict == Verdict.PASS).isEqualTo(Validators.english().validate(mixed).isEmpty());
    }

    @Provide
    Arbitrary<Mixed> mixed() {
        Arbitrary<Map<String, Integer>> counts = Arbitraries.maps(Arbitraries.of("k", "j", " "),
                Arbitraries.integers().between(-2, 5)).ofMaxSize(2);
        return Combinators.combine(Arbitraries.integers().between(-3, 3), Arbitraries.longs().between(-3, 3),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-2), BigDecimal.valueOf(2)).optional(),
                Arbitraries.of("a", "b", "c").list().ofMaxSize(3), Arbitraries.strings().alpha().ofMaxLength(5),
                counts, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3).set().ofMaxSize(2))
                .as(Mixed::new);
    }

    @Test
    void validateFastReturnsHibernateValidatorsViolationsAndMessages() {
        Person bad = new Person("p1", "张三", Optional.of("11010119900307123X"), Optional.of("12812345678"),
                Optional.of(" "));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Set<ConstraintViolation<Person>> fast = Validators.validateFast(bad, locale);
            Set<ConstraintViolation<Person>> full = Validators.forLocale(locale).validate(bad);
            assertThat(messages(fast)).hasSize(3).isEqualTo(messages(full));
        }
        Person good = new Person("p1", "张三", Optional.of(IdNumbers.withCheckDigit("11010119900307123")),
                Optional.of("13812345678"), Optional.of("a-1"));
        assertThat(Validators.validateFast(good, Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(Validators.preCheck(good)).isEqualTo(Verdict.PASS);
    }

    private static Set<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.toSet());
    }
}

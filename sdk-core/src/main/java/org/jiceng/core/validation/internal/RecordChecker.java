package org.jiceng.core.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A pre-check of one record class, compiled once from Hibernate Validator's metadata: the same constraint
 * validators Hibernate Validator would run, called directly on the record's values without building a
 * validation context, paths or messages. It answers {@link Verdict#PASS} exactly when Hibernate Validator
 * would report no violation for the default group; a record that does not pass must be validated by
 * Hibernate Validator to learn what is wrong. Classes with constraints the pre-check cannot mirror exactly
 * are {@linkplain #unsupportedReason() unsupported} and always answer {@link Verdict#UNDECIDED}.
 * Immutable and thread-safe. Not API: use {@code Validators.fastCheck}.
 */
public final class RecordChecker {

    /** The pre-check's answer for one object. */
    public enum Verdict {
        /** Hibernate Validator would report no violation. */
        PASS,
        /** At least one constraint fails; Hibernate Validator would report at least one violation. */
        FAIL,
        /** The pre-check cannot tell; only Hibernate Validator can. */
        UNDECIDED
    }

    private final Class<?> type;
    private final List<ValueRule> classRules;
    private final List<PropertyRule> propertyRules;
    private final Optional<String> unsupportedReason;

    private RecordChecker(Class<?> type, List<ValueRule> classRules, List<PropertyRule> propertyRules,
            Optional<String> unsupportedReason) {
        this.type = type;
        this.classRules = List.copyOf(classRules);
        this.propertyRules = List.copyOf(propertyRules);
        this.unsupportedReason = unsupportedReason;
    }

    static RecordChecker supported(Class<?> type, List<ValueRule> classRules, List<PropertyRule> propertyRules) {
        return new RecordChecker(type, classRules, propertyRules, Optional.empty());
    }

    static RecordChecker unsupported(Class<?> type, String reason) {
        return new RecordChecker(type, List.of(), List.of(), Optional.of(reason));
    }

    /** @return the class this checker was compiled for */
    public Class<?> type() {
        return type;
    }

    /** @return why this class always needs Hibernate Validator, or empty when the pre-check covers it */
    public Optional<String> unsupportedReason() {
        return unsupportedReason;
    }

    /**
     * @param bean an instance of exactly {@link #type()}
     * @return the verdict; never {@code PASS} unless every constraint Hibernate Validator would check holds
     */
    public Verdict check(Object bean) {
        Objects.requireNonNull(bean, "bean");
        if (unsupportedReason.isPresent()) {
            return Verdict.UNDECIDED;
        }
        if (bean.getClass() != type) {
            throw new IllegalArgumentException("Checker for " + type.getName() + " given a "
                    + bean.getClass().getName());
        }
        try {
            for (ValueRule rule : classRules) {
                Verdict verdict = rule.check(bean);
                if (verdict != Verdict.PASS) {
                    return verdict;
                }
            }
            for (PropertyRule rule : propertyRules) {
                Verdict verdict = rule.check(bean);
                if (verdict != Verdict.PASS) {
                    return verdict;
                }
            }
            return Verdict.PASS;
        } catch (RuntimeException e) {
            // Not swallowed: UNDECIDED sends the record to Hibernate Validator, which runs the same
            // validator again and reports the failure with its own exception and context.
            return Verdict.UNDECIDED;
        }
    }

    @Override
    public String toString() {
        return "RecordChecker[" + type.getName() + ", "
                + unsupportedReason.map(r -> "unsupported: " + r)
                        .orElse(classRules.size() + " class rules, " + propertyRules.size() + " properties") + "]";
    }

    /** Checks applied to one value (the bean itself, a property or a container element). */
    record ValueRule(List<ConstraintCheck> constraints, Optional<RecordCheckers> cascadeTo) {

        Verdict check(@Nullable Object value) {
            for (ConstraintCheck constraint : constraints) {
                if (!constraint.isValid(value)) {
                    return Verdict.FAIL;
                }
            }
            if (cascadeTo.isPresent() && value != null) {
                if (value instanceof Optional || value instanceof Iterable || value instanceof Map
                        || value.getClass().isArray()) {
                    // Hibernate Validator would cascade into the container's elements: not mirrored.
                    return Verdict.UNDECIDED;
                }
                return cascadeTo.get().verdict(value);
            }
            return Verdict.PASS;
        }
    }

    /** How the values of one container are extracted, as Hibernate Validator's value extractors do. */
    enum Extraction {
        OPTIONAL_VALUE, ITERABLE_ELEMENTS, MAP_KEYS, MAP_VALUES
    }

    /** A container element rule: the extraction and the checks applied to every extracted value. */
    record ElementRule(Extraction extraction, ValueRule rule) {

        Verdict check(@Nullable Object container) {
            if (container == null) {
                return Verdict.PASS;
            }
            switch (extraction) {
                case OPTIONAL_VALUE:
                    return rule.check(((Optional<?>) container).orElse(null));
                case ITERABLE_ELEMENTS:
                    return all((Iterable<?>) container);
                case MAP_KEYS:
                    // Most maps of a record (extras, attributes) are empty: skip the key-set view.
                    return ((Map<?, ?>) container).isEmpty() ? Verdict.PASS : all(((Map<?, ?>) container).keySet());
                case MAP_VALUES:
                    return ((Map<?, ?>) container).isEmpty() ? Verdict.PASS : all(((Map<?, ?>) container).values());
                default:
                    throw new IllegalStateException("Unknown extraction " + extraction);
            }
        }

        private Verdict all(Iterable<?> values) {
            for (Object value : values) {
                Verdict verdict = rule.check(value);
                if (verdict != Verdict.PASS) {
                    return verdict;
                }
            }
            return Verdict.PASS;
        }
    }

    /** The rules of one property, read from its field. */
    record PropertyRule(java.lang.reflect.Field field, ValueRule rule, List<ElementRule> elements) {

        Verdict check(Object bean) {
            Object value;
            try {
                value = field.get(bean);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Field " + field + " was made accessible when compiled", e);
            }
            Verdict verdict = rule.check(value);
            for (int i = 0; i < elements.size() && verdict == Verdict.PASS; i++) {
                verdict = elements.get(i).check(value);
            }
            return verdict;
        }
    }
}

package org.jiceng.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.jiceng.core.validation.internal.FieldNamingMessageInterpolator;
import org.jiceng.core.validation.internal.RecordChecker;
import org.jiceng.core.validation.internal.RecordCheckers;
import org.jspecify.annotations.Nullable;

/**
 * Ready-to-use Bean Validation validators for the model, with messages in the requested locale
 * (zh-CN and English bundles ship with the SDK). Factories are built once per locale and cached.
 * Every message starts with the field it is about ({@code idNumber: ...}) and names the rule broken;
 * {@code ValidationMessages} bundles of all jars on the class path are merged, so applications can add
 * messages for their own constraints.
 *
 * <pre>{@code
 * Set<ConstraintViolation<Person>> problems = Validators.forLocale(Locale.SIMPLIFIED_CHINESE).validate(person);
 * }</pre>
 *
 * <p>For bulk work (imports), {@link #validateFast(Object, Locale)} gives the same result about ten times
 * faster on valid records, and {@link #fastCheck(Object)} answers just valid/invalid.
 */
public final class Validators {

    private static final Map<Locale, ValidatorFactory> FACTORIES = new ConcurrentHashMap<>();

    // Verdicts do not depend on the message language: one set of pre-checks, mirroring the English factory.
    private static volatile @Nullable RecordCheckers checkers;

    private Validators() {
    }

    /**
     * Validates the bean like {@code forLocale(locale).validate(bean)}, with the same result, but much
     * faster for valid model records: a pre-check compiled once per record class calls the same constraint
     * validators Hibernate Validator would, without building paths or messages. Only when the pre-check does
     * not pass (a constraint fails, or the class uses features the pre-check does not mirror, such as getter
     * constraints, groups, group sequences or composed constraints) does Hibernate Validator run, and its
     * violations, with their messages, are returned.
     *
     * <pre>{@code
     * Set<ConstraintViolation<Person>> problems = Validators.validateFast(person, Locale.SIMPLIFIED_CHINESE);
     * }</pre>
     *
     * @param bean the object to validate (typically a model record)
     * @param locale the language of the messages, as for {@link #forLocale(Locale)}
     * @param <T> the bean's type
     * @return the violations of the default group; an unmodifiable empty set when the bean is valid
     * @throws jakarta.validation.ValidationException as {@link Validator#validate} would
     */
    public static <T> Set<ConstraintViolation<T>> validateFast(T bean, Locale locale) {
        Objects.requireNonNull(bean, "bean");
        Objects.requireNonNull(locale, "locale");
        if (checkers().verdict(bean) == RecordChecker.Verdict.PASS) {
            return Set.of();
        }
        return forLocale(locale).validate(bean);
    }

    /**
     * Whether the bean satisfies all its constraints: {@code validateFast(bean, Locale.ENGLISH).isEmpty()},
     * which always equals {@code english().validate(bean).isEmpty()}, but is much faster for valid model
     * records.
     *
     * @param bean the object to check
     * @return true exactly when Bean Validation of the default group reports no violation
     * @throws jakarta.validation.ValidationException as {@link Validator#validate} would
     */
    public static boolean fastCheck(Object bean) {
        return validateFast(bean, Locale.ENGLISH).isEmpty();
    }

    /**
     * @param bean an object
     * @return the pre-check's own verdict, without falling back to Hibernate Validator (for tests and
     *     diagnostics: which classes the pre-check covers)
     */
    static RecordChecker.Verdict preCheck(Object bean) {
        return checkers().verdict(bean);
    }

    private static RecordCheckers checkers() {
        RecordCheckers current = checkers;
        if (current == null) {
            synchronized (Validators.class) {
                current = checkers;
                if (current == null) {
                    current = new RecordCheckers(FACTORIES.computeIfAbsent(Locale.ENGLISH, Validators::buildFactory));
                    checkers = current;
                }
            }
        }
        return current;
    }

    /**
     * @param locale the language of violation messages ({@link Locale#SIMPLIFIED_CHINESE} or
     *     {@link Locale#ENGLISH}; any other Chinese locale gets Simplified Chinese, every other
     *     locale English)
     * @return a thread-safe validator
     */
    public static Validator forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return FACTORIES.computeIfAbsent(supportedLocale(locale), Validators::buildFactory).getValidator();
    }

    /** @return a validator with English messages */
    public static Validator english() {
        return forLocale(Locale.ENGLISH);
    }

    /** @return a validator with Simplified Chinese messages */
    public static Validator chinese() {
        return forLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * @param locale a requested locale
     * @return the locale whose bundles the SDK ships: Simplified Chinese for any Chinese locale,
     *     English otherwise (never the JVM default, so that results do not depend on the machine)
     */
    public static Locale supportedLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    private static ValidatorFactory buildFactory(Locale locale) {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new FieldNamingMessageInterpolator(locale))
                .buildValidatorFactory();
    }
}

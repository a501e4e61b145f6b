package org.jiceng.core.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Ready-to-use Bean Validation validators for the model, with messages in the requested locale
 * (zh-CN and English bundles ship with the SDK). Factories are built once per locale and cached.
 *
 * <pre>{@code
 * Set<ConstraintViolation<Person>> problems = Validators.forLocale(Locale.SIMPLIFIED_CHINESE).validate(person);
 * }</pre>
 */
public final class Validators {

    private static final Map<Locale, ValidatorFactory> FACTORIES = new ConcurrentHashMap<>();

    private Validators() {
    }

    /**
     * @param locale the language of violation messages ({@link Locale#SIMPLIFIED_CHINESE} or
     *     {@link Locale#ENGLISH}; other locales fall back to English)
     * @return a thread-safe validator
     */
    public static Validator forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return FACTORIES.computeIfAbsent(locale, Validators::buildFactory).getValidator();
    }

    /** @return a validator with English messages */
    public static Validator english() {
        return forLocale(Locale.ENGLISH);
    }

    /** @return a validator with Simplified Chinese messages */
    public static Validator chinese() {
        return forLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static ValidatorFactory buildFactory(Locale locale) {
        // Parameter interpolation needs no EL at run time; Expressly stays on the class path for users
        // who write EL in their own constraint messages.
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator(java.util.Set.of(locale), locale, false))
                .buildValidatorFactory();
    }
}

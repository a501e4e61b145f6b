package org.jiceng.core.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.jiceng.core.validation.internal.FieldNamingMessageInterpolator;

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
 */
public final class Validators {

    private static final Map<Locale, ValidatorFactory> FACTORIES = new ConcurrentHashMap<>();

    private Validators() {
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

package org.jiceng.core.validation.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The validator context the {@link RecordChecker} hands to constraint validators. The pre-check only needs
 * each validator's yes/no answer: custom violations, message parameters and payloads a failing validator
 * builds are accepted and dropped, because a failing record is validated again by Hibernate Validator,
 * which then builds the real violations and messages. Stateless, so one instance per constraint is shared
 * by all threads. Not API.
 */
final class PreCheckContext implements HibernateConstraintValidatorContext {

    private final String defaultMessageTemplate;
    private final ClockProvider clockProvider;
    private final Map<Class<?>, Object> inertBuilders = new ConcurrentHashMap<>();

    /**
     * @param defaultMessageTemplate the constraint's message template
     * @param clockProvider the clock of the validator factory the pre-check mirrors
     */
    PreCheckContext(String defaultMessageTemplate, ClockProvider clockProvider) {
        this.defaultMessageTemplate = Objects.requireNonNull(defaultMessageTemplate, "defaultMessageTemplate");
        this.clockProvider = Objects.requireNonNull(clockProvider, "clockProvider");
    }

    @Override
    public void disableDefaultConstraintViolation() {
        // Nothing to disable: the pre-check builds no violations.
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return defaultMessageTemplate;
    }

    @Override
    public ClockProvider getClockProvider() {
        return clockProvider;
    }

    @Override
    public HibernateConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        return inert(HibernateConstraintViolationBuilder.class);
    }

    @Override
    public HibernateConstraintValidatorContext addMessageParameter(String name, Object value) {
        return this;
    }

    @Override
    public HibernateConstraintValidatorContext addExpressionVariable(String name, Object value) {
        return this;
    }

    @Override
    public HibernateConstraintValidatorContext withDynamicPayload(Object payload) {
        return this;
    }

    @Override
    public <C> @Nullable C getConstraintValidatorPayload(Class<C> type) {
        // Hibernate Validator returns null when no payload was configured; the SDK's factories configure none.
        return null;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new ValidationException("The pre-check validator context cannot be unwrapped to " + type.getName());
    }

    /**
     * A do-nothing implementation of one of the violation builder interfaces: every call returns the next
     * builder of the chain (or the context itself), so validators can build violations as usual.
     */
    private <T> T inert(Class<T> type) {
        Object proxy = inertBuilders.computeIfAbsent(type, t -> Proxy.newProxyInstance(t.getClassLoader(),
                new Class<?>[] {t}, (self, method, args) -> answer(self, method, args)));
        return type.cast(proxy);
    }

    private @Nullable Object answer(Object self, Method method, Object[] args) {
        Class<?> returned = method.getReturnType();
        switch (method.getName()) {
            case "equals":
                return self == args[0];
            case "hashCode":
                return System.identityHashCode(self);
            case "toString":
                return "inert " + method.getDeclaringClass().getSimpleName();
            default:
                break;
        }
        if (returned == void.class) {
            return null;
        }
        if (returned.isInstance(this)) {
            return this;
        }
        if (returned.isInterface()) {
            return inert(returned);
        }
        if (returned == boolean.class) {
            return false;
        }
        throw new ValidationException("The pre-check cannot answer " + method + " of a violation builder");
    }
}

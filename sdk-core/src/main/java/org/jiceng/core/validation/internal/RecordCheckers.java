package org.jiceng.core.validation.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.GroupSequence;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraintvalidation.ValidationTarget;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorInitializationContext;
import org.hibernate.validator.internal.engine.constraintvalidation.ConstraintValidatorDescriptor;
import org.hibernate.validator.internal.metadata.descriptor.ConstraintDescriptorImpl;
import org.hibernate.validator.internal.metadata.location.ConstraintLocation.ConstraintLocationKind;
import org.hibernate.validator.spi.scripting.ScriptEvaluator;

/**
 * The {@link RecordChecker}s of one Hibernate Validator factory, compiled on first use per class and cached.
 * Compilation reads the factory's metadata ({@code getConstraintsForClass}): class-level, field and
 * container-element constraints become direct calls of the validators Hibernate Validator would select,
 * initialised the same way; {@code @Valid} on a record-typed field or container element cascades to that
 * record's checker. Anything the pre-check cannot mirror exactly (getter constraints, groups other than
 * Default, group sequences, composed constraints, value unwrapping, nested container elements, classes that
 * are not records ...) makes the class unsupported. Thread-safe. Not API.
 */
public final class RecordCheckers {

    private final ValidatorFactory factory;
    private final ClockProvider clockProvider;
    private final HibernateConstraintValidatorInitializationContext initialization;
    private final Map<Class<?>, RecordChecker> checkers = new ConcurrentHashMap<>();

    /** @param factory the Hibernate Validator factory whose verdicts the checkers reproduce */
    public RecordCheckers(ValidatorFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.clockProvider = factory.getClockProvider();
        HibernateValidatorFactory hibernate = factory.unwrap(HibernateValidatorFactory.class);
        this.initialization = new HibernateConstraintValidatorInitializationContext() {
            @Override
            public ScriptEvaluator getScriptEvaluatorForLanguage(String languageName) {
                return hibernate.getScriptEvaluatorFactory().getScriptEvaluatorByLanguageName(languageName);
            }

            @Override
            public ClockProvider getClockProvider() {
                return clockProvider;
            }

            @Override
            public Duration getTemporalValidationTolerance() {
                return hibernate.getTemporalValidationTolerance();
            }
        };
    }

    /**
     * @param type a class
     * @return its checker, compiled on first call
     */
    public RecordChecker checkerFor(Class<?> type) {
        Objects.requireNonNull(type, "type");
        RecordChecker checker = checkers.get(type);
        if (checker == null) {
            // Compiling never calls checkerFor (cascades are resolved when checking), so no re-entry.
            checker = checkers.computeIfAbsent(type, this::compile);
        }
        return checker;
    }

    /**
     * @param bean any non-null object
     * @return the pre-check's verdict for it
     */
    public RecordChecker.Verdict verdict(Object bean) {
        return checkerFor(bean.getClass()).check(bean);
    }

    private RecordChecker compile(Class<?> type) {
        try {
            return compileSupported(type);
        } catch (Unsupported e) {
            return RecordChecker.unsupported(type, Objects.requireNonNull(e.getMessage()));
        }
    }

    private RecordChecker compileSupported(Class<?> type) throws Unsupported {
        if (!type.isRecord()) {
            throw new Unsupported("not a record class");
        }
        if (type.isAnnotationPresent(GroupSequence.class)
                || type.isAnnotationPresent(org.hibernate.validator.group.GroupSequenceProvider.class)) {
            throw new Unsupported("redefines the default group sequence");
        }
        BeanDescriptor bean = factory.getValidator().getConstraintsForClass(type);
        List<ConstraintCheck> classChecks = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
            classChecks.add(constraintCheck(constraint, type, "class " + type.getSimpleName()));
        }
        List<RecordChecker.ValueRule> classRules = classChecks.isEmpty() ? List.of()
                : List.of(new RecordChecker.ValueRule(classChecks, Optional.empty()));
        List<RecordChecker.PropertyRule> propertyRules = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            propertyRules.add(propertyRule(type, property));
        }
        return RecordChecker.supported(type, classRules, propertyRules);
    }

    private RecordChecker.PropertyRule propertyRule(Class<?> type, PropertyDescriptor property) throws Unsupported {
        String name = property.getPropertyName();
        Field field = componentField(type, name);
        Class<?> valueType = boxed(field.getType());
        List<ConstraintCheck> checks = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
            if (constraint.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP
                    || constraint.getValueUnwrapping() == ValidateUnwrappedValue.DEFAULT
                            && unwrappedByDefault(field.getType())) {
                throw new Unsupported(name + ": constraint applies to the unwrapped value");
            }
            checks.add(constraintCheck(constraint, valueType, name));
        }
        if (property.isCascaded() && !field.getType().isRecord()) {
            throw new Unsupported(name + ": @Valid on a field that is not a record");
        }
        RecordChecker.ValueRule rule = new RecordChecker.ValueRule(checks,
                property.isCascaded() ? Optional.of(this) : Optional.empty());
        List<RecordChecker.ElementRule> elements = new ArrayList<>();
        for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
            elements.add(elementRule(field, element, name));
        }
        return new RecordChecker.PropertyRule(field, rule, elements);
    }

    private RecordChecker.ElementRule elementRule(Field field, ContainerElementTypeDescriptor element, String name)
            throws Unsupported {
        String where = name + "<" + element.getTypeArgumentIndex() + ">";
        if (!element.getConstrainedContainerElementTypes().isEmpty()) {
            throw new Unsupported(where + ": nested container element constraints");
        }
        Class<?> container = element.getContainerClass();
        if (!(field.getGenericType() instanceof ParameterizedType generic) || generic.getRawType() != container) {
            throw new Unsupported(where + ": declared type " + field.getGenericType() + " is not " + container);
        }
        int index = element.getTypeArgumentIndex();
        RecordChecker.Extraction extraction = extraction(container, index, where);
        Type argument = generic.getActualTypeArguments()[index];
        if (!(argument instanceof Class<?> elementType)) {
            throw new Unsupported(where + ": element type " + argument + " is not a plain class");
        }
        List<ConstraintCheck> checks = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
            if (constraint.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
                throw new Unsupported(where + ": explicit value unwrapping");
            }
            checks.add(constraintCheck(constraint, elementType, where));
        }
        if (element.isCascaded() && !elementType.isRecord()) {
            throw new Unsupported(where + ": @Valid on an element type that is not a record");
        }
        return new RecordChecker.ElementRule(extraction, new RecordChecker.ValueRule(checks,
                element.isCascaded() ? Optional.of(this) : Optional.empty()));
    }

    private static RecordChecker.Extraction extraction(Class<?> container, int index, String where)
            throws Unsupported {
        if (container == Optional.class && index == 0) {
            return RecordChecker.Extraction.OPTIONAL_VALUE;
        }
        if ((container == List.class || container == Set.class || container == Collection.class
                || container == Iterable.class) && index == 0) {
            return RecordChecker.Extraction.ITERABLE_ELEMENTS;
        }
        if (container == Map.class) {
            return index == 0 ? RecordChecker.Extraction.MAP_KEYS : RecordChecker.Extraction.MAP_VALUES;
        }
        throw new Unsupported(where + ": container " + container.getName() + " is not mirrored");
    }

    private ConstraintCheck constraintCheck(ConstraintDescriptor<?> constraint, Class<?> validatedType, String where)
            throws Unsupported {
        String what = where + ": @" + constraint.getAnnotation().annotationType().getSimpleName();
        if (!constraint.getGroups().equals(Set.of(Default.class))) {
            throw new Unsupported(what + " belongs to groups " + constraint.getGroups());
        }
        if (!constraint.getComposingConstraints().isEmpty()) {
            throw new Unsupported(what + " is a composed constraint");
        }
        if (!(constraint instanceof ConstraintDescriptorImpl<?> impl)) {
            throw new Unsupported(what + " has no Hibernate Validator descriptor");
        }
        ConstraintLocationKind location = impl.getConstraintLocationKind();
        if (location == ConstraintLocationKind.GETTER || location == ConstraintLocationKind.METHOD) {
            throw new Unsupported(what + " is declared on a method");
        }
        return new ConstraintCheck(initialisedValidator(impl, validatedType, what),
                new PreCheckContext(constraint.getMessageTemplate(), clockProvider),
                constraint.getAnnotation().annotationType());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <A extends Annotation> ConstraintValidator<?, Object> initialisedValidator(
            ConstraintDescriptorImpl<A> constraint, Class<?> validatedType, String what) throws Unsupported {
        ConstraintValidatorDescriptor<A> chosen = mostSpecificValidator(constraint, boxed(validatedType), what);
        ConstraintValidator<A, ?> validator = chosen.newInstance(factory.getConstraintValidatorFactory());
        // Initialised as Hibernate Validator initialises its own instances.
        if (validator instanceof HibernateConstraintValidator hibernate) {
            hibernate.initialize(constraint, initialization);
        } else {
            validator.initialize(constraint.getAnnotation());
        }
        return (ConstraintValidator) validator;
    }

    /** Mirrors Hibernate Validator's choice: the validator for the most specific type the value is assignable to. */
    private static <A extends Annotation> ConstraintValidatorDescriptor<A> mostSpecificValidator(
            ConstraintDescriptorImpl<A> constraint, Class<?> validatedType, String what) throws Unsupported {
        List<ConstraintValidatorDescriptor<A>> candidates = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        for (ConstraintValidatorDescriptor<A> candidate : constraint.getMatchingConstraintValidatorDescriptors()) {
            if (!candidate.getValidationTargets().contains(ValidationTarget.ANNOTATED_ELEMENT)) {
                continue;
            }
            Class<?> accepted = erasure(candidate.getValidatedType(), what);
            if (accepted.isAssignableFrom(validatedType)) {
                candidates.add(candidate);
                types.add(accepted);
            }
        }
        List<ConstraintValidatorDescriptor<A>> mostSpecific = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            boolean specific = true;
            for (Class<?> other : types) {
                specific &= other.isAssignableFrom(types.get(i));
            }
            if (specific) {
                mostSpecific.add(candidates.get(i));
            }
        }
        if (mostSpecific.size() != 1) {
            throw new Unsupported(what + ": " + mostSpecific.size() + " equally specific validators for "
                    + validatedType.getName() + " among " + candidates.size() + " applicable");
        }
        return mostSpecific.get(0);
    }

    private static Class<?> erasure(Type type, String what) throws Unsupported {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return erasure(w.getUpperBounds()[0], what);
        }
        if (type instanceof TypeVariable<?> v) {
            return erasure(v.getBounds()[0], what);
        }
        throw new Unsupported(what + ": validated type " + type + " not mirrored");
    }

    private static Field componentField(Class<?> type, String name) throws Unsupported {
        for (var method : type.getMethods()) {
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (method.getParameterCount() == 0 && (method.getName().equals("get" + capitalised)
                    || method.getName().equals("is" + capitalised) || method.getName().equals("has" + capitalised))) {
                // Hibernate Validator would also read this getter: field-only reading could differ.
                throw new Unsupported(name + ": has a getter " + method.getName() + "()");
            }
        }
        Field field;
        try {
            field = type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new Unsupported(name + ": no field of that name (" + e.getMessage() + ")");
        }
        if (Modifier.isStatic(field.getModifiers())) {
            throw new Unsupported(name + ": static field");
        }
        try {
            field.setAccessible(true);
        } catch (RuntimeException e) {
            throw new Unsupported(name + ": field not accessible (" + e.getMessage() + ")");
        }
        return field;
    }

    private static boolean unwrappedByDefault(Class<?> type) {
        return type == OptionalInt.class || type == OptionalLong.class || type == OptionalDouble.class
                || type.getName().startsWith("javafx.");
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }

    /** Why a class cannot be pre-checked; turned into {@link RecordChecker#unsupportedReason()}. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason);
        }
    }
}

package org.jiceng.io.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Rows of a record type: made by its canonical constructor, read by its accessors. Not API. */
public final class RecordInstantiator implements Instantiator {

    private final Class<? extends Record> type;
    /**
     * The canonical constructor as {@code (Object[]) -> Object}, resolved once: a row costs one handle call,
     * not a reflective call with its caller and access checks.
     */
    private final MethodHandle constructor;
    private final Method[] accessors;
    /**
     * The accessors as functions, resolved once: an export reads each component of each row by one interface
     * call to a generated class instead of a reflective call, which stays slow where only C1 compiles.
     */
    private final Function<Object, Object>[] readers;
    private final List<Member> members;

    private RecordInstantiator(Class<? extends Record> type, boolean open) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        accessors = new Method[components.length];
        List<Member> list = new ArrayList<>(components.length);
        for (int ci = 0; ci < components.length; ci++) {
            RecordComponent rc = components[ci];
            types[ci] = rc.getType();
            accessors[ci] = rc.getAccessor();
            // A model record's accessors are public: this only spares the access check on each of the
            // million calls of an export. An integrator's record may need it to be read at all.
            accessors[ci].setAccessible(true);
            List<java.lang.reflect.AnnotatedElement> annotated = new ArrayList<>(2);
            annotated.add(rc);
            try {
                annotated.add(type.getDeclaredField(rc.getName()));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("record component without field: " + rc.getName(), e);
            }
            list.add(new Member(rc.getName(), rc.getType(), rc.getGenericType(), rc.getAnnotatedType(), annotated));
        }
        members = List.copyOf(list);
        readers = readers(type, accessors);
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            if (open) {
                canonical.setAccessible(true);
            }
            constructor = spreading(canonical);
        } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException("record " + type.getName() + " has no accessible canonical constructor: "
                    + e.getMessage(), e);
        }
    }

    /**
     * One function per accessor, made by {@link LambdaMetafactory} in a lookup with private access to the record
     * (so an integrator's non-public record is read as reflection read it).
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object>[] readers(Class<? extends Record> type, Method[] accessors) {
        Function<Object, Object>[] readers = new Function[accessors.length];
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            MethodType erased = MethodType.methodType(Object.class, Object.class);
            for (int ci = 0; ci < accessors.length; ci++) {
                MethodHandle accessor = lookup.unreflect(accessors[ci]);
                readers[ci] = (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                        MethodType.methodType(Function.class), erased, accessor, accessor.type().wrap())
                        .getTarget().invokeExact();
            }
        } catch (Throwable e) {
            throw new IllegalArgumentException("cannot read the components of record " + type.getName() + ": "
                    + e.getMessage(), e);
        }
        return readers;
    }

    /** The constructor taking all its arguments in one {@code Object[]} (unboxing primitives) and returning Object. */
    private static MethodHandle spreading(Constructor<?> constructor) throws IllegalAccessException {
        MethodHandle handle = MethodHandles.lookup().unreflectConstructor(constructor);
        int arity = handle.type().parameterCount();
        return handle.asType(MethodType.genericMethodType(arity)).asSpreader(Object[].class, arity);
    }

    /**
     * @param type one of the SDK's model records
     * @return its instantiator
     */
    public static RecordInstantiator model(Class<? extends Record> type) {
        return new RecordInstantiator(type, false);
    }

    /**
     * @param type an integrator's record, whose constructor and accessors may be non-public
     * @return its instantiator
     * @throws IllegalArgumentException when its canonical constructor cannot be made accessible
     */
    public static RecordInstantiator custom(Class<? extends Record> type) {
        return new RecordInstantiator(type, true);
    }

    @Override
    public Class<?> type() {
        return type;
    }

    @Override
    public Class<? extends Record> rowClass() {
        return type;
    }

    @Override
    public List<Member> members() {
        return members;
    }

    @Override
    public Record wrap(Object value) {
        return type.cast(value);
    }

    @Override
    public Record create(Object[] values) throws ReflectiveOperationException {
        try {
            return (Record) (Object) constructor.invokeExact(values);
        } catch (RuntimeException e) {
            if (!fits(values)) {
                // What a reflective call refuses before calling: arguments of the wrong number or type.
                throw new IllegalArgumentException("arguments do not fit the canonical constructor of "
                        + type.getName(), e);
            }
            throw new InvocationTargetException(e);
        } catch (Throwable e) {
            // As a reflective call reports it: whatever the constructor throws is its cause.
            throw new InvocationTargetException(e);
        }
    }

    /** Whether the values are as many as the components and each fits its component's type. */
    private boolean fits(Object[] values) {
        if (values.length != accessors.length) {
            return false;
        }
        for (int ci = 0; ci < values.length; ci++) {
            Class<?> t = accessors[ci].getReturnType();
            Object v = values[ci];
            boolean fits = t.isPrimitive() ? v != null && MethodType.methodType(t).wrap().returnType().isInstance(v)
                    : v == null || t.isInstance(v);
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object[] read(Record row) throws ReflectiveOperationException {
        if (!type.isInstance(row)) {
            // As a reflective call refuses it, before calling.
            throw new IllegalArgumentException("object is not an instance of " + type.getName());
        }
        Function<Object, Object>[] read = readers;
        Object[] values = new Object[read.length];
        try {
            for (int ci = 0; ci < read.length; ci++) {
                values[ci] = read[ci].apply(row);
            }
        } catch (RuntimeException | Error e) {
            // As a reflective call reports it: whatever an accessor throws is its cause.
            throw new InvocationTargetException(e);
        }
        return values;
    }
}

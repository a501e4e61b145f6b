package org.jiceng.io.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Rows of a record type: made by its canonical constructor, read by its accessors. Not API. */
public final class RecordInstantiator implements Instantiator {

    private final Class<? extends Record> type;
    private final Constructor<?> constructor;
    private final Method[] accessors;
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
        try {
            constructor = type.getDeclaredConstructor(types);
            if (open) {
                constructor.setAccessible(true);
            }
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalArgumentException("record " + type.getName() + " has no accessible canonical constructor: "
                    + e.getMessage(), e);
        }
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
        return (Record) constructor.newInstance(values);
    }

    @Override
    public Object[] read(Record row) throws ReflectiveOperationException {
        Object[] values = new Object[accessors.length];
        for (int ci = 0; ci < accessors.length; ci++) {
            values[ci] = accessors[ci].invoke(row);
        }
        return values;
    }
}

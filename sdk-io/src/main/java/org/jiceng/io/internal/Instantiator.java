package org.jiceng.io.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.util.List;

/**
 * How the rows of a mapped type are made from column values and read back: a record through its canonical
 * constructor and accessors ({@link RecordInstantiator}), a JavaBean-style class through its public no-argument
 * constructor and its setters, getters or fields ({@link BeanInstantiator}). Rows travel the format SPI as
 * records: a record as itself, any other object in a {@link BeanRow}. Not API.
 */
public sealed interface Instantiator permits RecordInstantiator, BeanInstantiator {

    /**
     * One value of a row: a record component or a bean's field.
     *
     * @param name the component or field name
     * @param rawType its class
     * @param genericType its declared type, e.g. {@code Optional<String>}
     * @param annotatedType its declared type with type-use annotations (constraints inside {@code Optional<…>})
     * @param annotated where its annotations are declared: the component and its field, or the field and its
     *     getter and setter
     */
    record Member(String name, Class<?> rawType, Type genericType, AnnotatedType annotatedType,
            List<AnnotatedElement> annotated) {

        /**
         * Copies the list.
         *
         * @param name the name
         * @param rawType its class
         * @param genericType its declared type
         * @param annotatedType its declared type with type-use annotations
         * @param annotated where its annotations are declared
         */
        public Member {
            annotated = List.copyOf(annotated);
        }
    }

    /**
     * @param type a record class, or a class with a public no-argument constructor
     * @return how its rows are made and read
     * @throws org.jiceng.io.mapping.MappingException when the class cannot be mapped, naming the class and member
     */
    static Instantiator of(Class<?> type) {
        return type.isRecord() ? RecordInstantiator.custom(type.asSubclass(Record.class)) : BeanInstantiator.of(type);
    }

    /**
     * @param row a row as it travels the format SPI
     * @return the object it stands for: the record itself, or the bean of a {@link BeanRow}
     */
    static Object unwrap(Record row) {
        return row instanceof BeanRow b ? b.bean() : row;
    }

    /** @return the mapped type */
    Class<?> type();

    /** @return the class rows travel the format SPI as: the record class, or {@link BeanRow} */
    Class<? extends Record> rowClass();

    /** @return the values of a row, in declaration order */
    List<Member> members();

    /**
     * @param value an object of the mapped type
     * @return it as it travels the format SPI
     */
    Record wrap(Object value);

    /**
     * @param values one value per member, in {@link #members()} order; {@code null} for an absent value
     * @return the row, as it travels the format SPI
     * @throws InvocationTargetException when the type's constructor or a setter refused a value
     * @throws ReflectiveOperationException when the type cannot be instantiated
     */
    Record create(Object[] values) throws ReflectiveOperationException;

    /**
     * @param row a row of this type, as it travels the format SPI
     * @return its values, in {@link #members()} order
     * @throws ReflectiveOperationException when a value cannot be read
     */
    Object[] read(Record row) throws ReflectiveOperationException;
}

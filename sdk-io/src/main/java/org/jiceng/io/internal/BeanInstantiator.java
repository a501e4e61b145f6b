package org.jiceng.io.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jiceng.io.mapping.MappingException;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a JavaBean-style class, as EasyExcel maps them: made by its public no-argument constructor, one
 * value per instance field (superclass fields first, then declaration order; static and transient fields are
 * not mapped), each written by its public setter {@code setX} or else the field itself, and read by its public
 * getter {@code getX}/{@code isX} or else the field. Not API.
 */
public final class BeanInstantiator implements Instantiator {

    /** How one member is written and read: by accessor method when there is one, else by the field. */
    private record Access(Field field, @Nullable Method setter, @Nullable Method getter) {
    }

    private final Class<?> type;
    private final Constructor<?> constructor;
    private final List<Member> members;
    private final Access[] access;

    private BeanInstantiator(Class<?> type, Constructor<?> constructor, List<Member> members, List<Access> access) {
        this.type = type;
        this.constructor = constructor;
        this.members = List.copyOf(members);
        this.access = access.toArray(new Access[0]);
    }

    /**
     * @param type a class with a public no-argument constructor
     * @return its instantiator
     * @throws MappingException when the class is abstract, an interface, an enum or an inner class, has no
     *     public no-argument constructor or no field, or a field is final without a setter or cannot be made
     *     accessible; the message names the class and the member
     */
    public static BeanInstantiator of(Class<?> type) {
        String name = type.getName();
        int modifiers = type.getModifiers();
        if (type.isInterface() || type.isArray() || type.isPrimitive() || type.isEnum() || type.isAnnotation()
                || Modifier.isAbstract(modifiers)) {
            throw new MappingException(name + " is not a concrete class; table mappings are made for records and for"
                    + " classes with a public no-argument constructor",
                    name + " 不是可实例化的具体类；表格映射只支持 record 和有公共无参构造方法的类");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(modifiers)) {
            throw new MappingException(name + " is an inner class, which needs an enclosing instance; declare it static",
                    name + " 是内部类，需要外部实例才能创建；请声明为 static");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new MappingException(name + " has no public no-argument constructor; a mapped class needs one"
                    + " (as with EasyExcel), or use a record", name + " 没有公共无参构造方法；被映射的类需要一个"
                    + "（与 EasyExcel 相同），或改用 record");
        }
        if (!Modifier.isPublic(modifiers) || !constructor.canAccess(null)) {
            try {
                constructor.setAccessible(true);
            } catch (RuntimeException e) {
                throw new MappingException(name + " cannot be instantiated from here: " + e.getMessage(),
                        "无法在此处实例化 " + name + "：" + e.getMessage());
            }
        }
        List<Member> members = new ArrayList<>();
        List<Access> access = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> c : hierarchy(type)) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                    continue;
                }
                String field = f.getName();
                if (!seen.add(field)) {
                    throw new MappingException("field '" + field + "' of " + name + " hides a field of the same name in"
                            + " a superclass; rename one of them", name + " 的字段「" + field + "」与父类中的同名字段"
                            + "重名；请改名");
                }
                Method setter = accessor(type, "set" + capitalised(field), f.getType());
                Method getter = getter(type, f);
                if (setter == null && Modifier.isFinal(m)) {
                    throw new MappingException("field '" + field + "' of " + name + " is final and has no setter, so"
                            + " an import cannot fill it; make it non-final or add set" + capitalised(field) + "(…)",
                            name + " 的字段「" + field + "」是 final 且没有 setter，导入无法为它赋值；请去掉 final 或添加 set"
                                    + capitalised(field) + "(…)");
                }
                boolean publicClass = Modifier.isPublic(modifiers);
                if (setter == null || getter == null) {
                    open(f, name, field);
                }
                if (setter != null && !publicClass) {
                    open(setter, name, field);
                }
                if (getter != null && !publicClass) {
                    open(getter, name, field);
                }
                List<AnnotatedElement> annotated = new ArrayList<>(3);
                annotated.add(f);
                if (getter != null) {
                    annotated.add(getter);
                }
                if (setter != null) {
                    annotated.add(setter);
                }
                members.add(new Member(field, f.getType(), f.getGenericType(), f.getAnnotatedType(), annotated));
                access.add(new Access(f, setter, getter));
            }
        }
        if (members.isEmpty()) {
            throw new MappingException(name + " has no instance field to map to a column",
                    name + " 没有可映射为列的实例字段");
        }
        return new BeanInstantiator(type, constructor, members, access);
    }

    /** Makes a field or accessor of a member usable from the SDK, or says why it cannot be. */
    private static void open(java.lang.reflect.AccessibleObject target, String type, String field) {
        try {
            target.setAccessible(true);
        } catch (RuntimeException e) {
            throw new MappingException("field '" + field + "' of " + type + " cannot be made accessible ("
                    + e.getMessage() + "); add a public getter and setter, or open the package to the SDK",
                    type + " 的字段「" + field + "」无法访问（" + e.getMessage() + "）；请添加公共 getter 和 setter，"
                            + "或向 SDK 开放该包");
        }
    }

    /** The class and its superclasses below {@code Object}, the topmost first. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        return List.copyOf(chain);
    }

    private static String capitalised(String field) {
        return field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
    }

    /** A public method of that name and parameter, or {@code null}. */
    private static @Nullable Method accessor(Class<?> type, String method, Class<?>... parameters) {
        try {
            Method m = type.getMethod(method, parameters);
            return Modifier.isStatic(m.getModifiers()) ? null : m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** {@code getX()}, or {@code isX()} for a {@code boolean}, returning the field's type; or {@code null}. */
    private static @Nullable Method getter(Class<?> type, Field f) {
        String cap = capitalised(f.getName());
        Method m = accessor(type, "get" + cap);
        if (m == null && (f.getType() == boolean.class || f.getType() == Boolean.class)) {
            m = accessor(type, "is" + cap);
        }
        return m != null && m.getReturnType() == f.getType() ? m : null;
    }

    @Override
    public Class<?> type() {
        return type;
    }

    @Override
    public Class<? extends Record> rowClass() {
        return BeanRow.class;
    }

    @Override
    public List<Member> members() {
        return members;
    }

    @Override
    public Record wrap(Object value) {
        return new BeanRow(type.cast(value));
    }

    @Override
    public Record create(Object[] values) throws ReflectiveOperationException {
        Object bean = constructor.newInstance();
        for (int i = 0; i < access.length; i++) {
            Access a = access[i];
            Object value = values[i];
            if (value == null && a.field().getType().isPrimitive()) {
                continue; // a primitive column is required: only a failed row gets here, and it is not used
            }
            if (a.setter() != null) {
                a.setter().invoke(bean, value);
            } else {
                a.field().set(bean, value);
            }
        }
        return new BeanRow(bean);
    }

    @Override
    public Object[] read(Record row) throws ReflectiveOperationException {
        Object bean = ((BeanRow) row).bean();
        Object[] values = new Object[access.length];
        for (int i = 0; i < access.length; i++) {
            Access a = access[i];
            values[i] = a.getter() != null ? a.getter().invoke(bean) : a.field().get(bean);
        }
        return values;
    }
}

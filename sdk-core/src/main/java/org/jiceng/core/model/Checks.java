package org.jiceng.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks of the SDK's model records, public so that the records of every module (core,
 * cases, io) and an integrator's own records reject bad components with the same messages. Each check
 * names the component it was given: {@code "<name> must not be null"}, {@code "<name> must not be
 * blank"}. Nothing here turns null into an empty value: a record component is never null (the SDK's
 * packages are {@code @NullMarked}); an absent value is an empty {@code Optional}, list, set or map that
 * the caller passes explicitly.
 */
public final class Checks {

    /** The class of {@code Map.of(k, v)}. */
    private static final Class<?> IMMUTABLE_MAP_1 = Map.of("k", "v").getClass();
    /** The class of {@code Map.of()} and of larger {@code Map.of} maps. */
    private static final Class<?> IMMUTABLE_MAP_N = Map.of().getClass();

    private Checks() {
    }

    /**
     * @param value a string
     * @param name the component's name for the message
     * @return the value
     * @throws NullPointerException when null
     * @throws IllegalArgumentException when blank
     */
    public static String nonBlank(@Nullable String value, String name) {
        String checked = nonNull(value, name);
        if (!startsWithNonWhiteSpace(checked) && checked.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return checked;
    }

    /**
     * Whether the first character is certainly no white space, the common case that decides a non-blank value
     * without {@link String#isBlank}'s character-class lookups: every character {@link Character#isWhitespace}
     * accepts is at most U+0020 or lies in U+1680..U+3000 (none is outside the BMP).
     */
    static boolean startsWithNonWhiteSpace(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c > ' ' && (c < '\u1680' || c > '\u3000');
    }

    /**
     * @param value any reference
     * @param name the component's name for the message
     * @param <T> type
     * @return the value
     * @throws NullPointerException when null, with a message naming the component
     */
    public static <T> T nonNull(@Nullable T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    /**
     * @param value a list
     * @param name the component's name for the message
     * @param <T> element type
     * @return an immutable copy
     * @throws NullPointerException when the list or an element is null
     */
    public static <T> List<T> list(List<T> value, String name) {
        nonNull(value, name);
        for (T element : value) {
            nonNull(element, name + " element");
        }
        return List.copyOf(value);
    }

    /**
     * @param value a set
     * @param name the component's name for the message
     * @param <T> element type
     * @return an immutable copy
     * @throws NullPointerException when the set or an element is null
     */
    public static <T> Set<T> set(Set<T> value, String name) {
        nonNull(value, name);
        for (T element : value) {
            nonNull(element, name + " element");
        }
        return Set.copyOf(value);
    }

    /**
     * @param value a map
     * @param name the component's name for the message
     * @param <K> key type
     * @param <V> value type
     * @return an immutable copy
     * @throws NullPointerException when the map, a key or a value is null
     */
    public static <K, V> Map<K, V> map(Map<K, V> value, String name) {
        nonNull(value, name);
        if (value.getClass() == IMMUTABLE_MAP_1 || value.getClass() == IMMUTABLE_MAP_N) {
            // Map.of and Map.copyOf maps hold no null key or value and are immutable: nothing to check or copy.
            return value;
        }
        for (Map.Entry<K, V> e : value.entrySet()) {
            nonNull(e.getKey(), name + " key");
            nonNull(e.getValue(), name + " value");
        }
        return Map.copyOf(value);
    }

    /**
     * @param value a map
     * @param name the component's name for the message
     * @return an immutable copy that keeps the iteration order of {@code value}
     * @throws NullPointerException when the map, a key or a value is null
     * @throws IllegalArgumentException when a key is blank
     */
    public static Map<String, String> orderedMap(Map<String, String> value, String name) {
        nonNull(value, name);
        if (value.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(value.size() * 2);
        for (Map.Entry<String, String> e : value.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), () -> name + " must not hold a null key");
            if (key.isBlank()) {
                throw new IllegalArgumentException(name + " must not hold a blank key");
            }
            copy.put(key, Objects.requireNonNull(e.getValue(), () -> name + " must not hold a null value"));
        }
        return Collections.unmodifiableMap(copy);
    }
}

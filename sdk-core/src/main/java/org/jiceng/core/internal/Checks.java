package org.jiceng.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Argument checks shared by the model records. Not API. */
public final class Checks {

    private Checks() {
    }

    /**
     * @param value a string
     * @param field the field name for the message
     * @return the value
     * @throws IllegalArgumentException when null or blank
     */
    public static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /**
     * @param value an optional (null is treated as empty)
     * @param <T> element type
     * @return the value, or empty for null
     */
    public static <T> Optional<T> opt(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /**
     * @param value a list (null is treated as empty)
     * @param <T> element type
     * @return an immutable copy
     */
    public static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    /**
     * @param value a set (null is treated as empty)
     * @param <T> element type
     * @return an immutable copy
     */
    public static <T> Set<T> set(Set<T> value) {
        return value == null ? Set.of() : Set.copyOf(value);
    }

    /**
     * @param value a map (null is treated as empty)
     * @param <K> key type
     * @param <V> value type
     * @return an immutable copy
     */
    public static <K, V> Map<K, V> map(Map<K, V> value) {
        return value == null ? Map.of() : Map.copyOf(value);
    }

    /**
     * @param value a map (null is treated as empty)
     * @param field the field name for the message
     * @return an immutable copy that keeps the iteration order of {@code value}
     * @throws NullPointerException when a key or value is null
     * @throws IllegalArgumentException when a key is blank
     */
    public static Map<String, String> orderedMap(Map<String, String> value, String field) {
        if (value == null || value.isEmpty()) {
            return Map.of();
        }
        java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>(value.size() * 2);
        for (Map.Entry<String, String> e : value.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), () -> field + " must not hold a null key");
            if (key.isBlank()) {
                throw new IllegalArgumentException(field + " must not hold a blank key");
            }
            copy.put(key, Objects.requireNonNull(e.getValue(), () -> field + " must not hold a null value"));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * @param value any reference
     * @param field the field name for the message
     * @param <T> type
     * @return the value
     */
    public static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }
}

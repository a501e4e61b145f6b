package org.jiceng.scoring;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Multiplies the requested amount when an event's attributes match, e.g. ×1.5 for a 党课.
 *
 * @param when attribute values the event must have (all of them)
 * @param factor the factor in hundredths ({@code 150} is ×1.5)
 */
public record Multiplier(Map<String, String> when, ValueRef factor) {

    /**
     * Validates and copies.
     *
     * @param when attribute values the event must have (all of them)
     * @param factor the factor in hundredths ({@code 150} is ×1.5)
     */
    public Multiplier {
        when = Map.copyOf(new TreeMap<>(Objects.requireNonNull(when, "when")));
        Objects.requireNonNull(factor, "factor");
    }
}

package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.map;
import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.validation.NotBlankIfPresent;

/**
 * A typed activity record about one subject: a meeting attended, volunteer hours, a household visit,
 * a training credit, a 报到 service, an assessment item. Events are the facts scoring works on.
 *
 * @param id identifier, unique across all events (scoring awards an event id at most once)
 * @param type event type, see {@link EventTypes} for the built-in ones; any non-blank string is allowed
 * @param subjectId who or what the event is about: a person, an organisation, a stationed unit, a
 *     department
 * @param time when it happened
 * @param quantity how much, in the unit of the event type (hours, visits, credits, a 0–100 score);
 *     1 for events that are simply counted
 * @param areaId where it happened, when known
 * @param attributes further typed-as-text facts, e.g. {@code meeting=党课}
 */
public record Event(@NotBlank String id, @NotBlank String type, @NotBlank String subjectId, @NotNull Instant time,
        @NotNull @PositiveOrZero BigDecimal quantity, Optional<@NotBlankIfPresent String> areaId,
        Map<@NotBlank String, @NotNull String> attributes) implements Identified {

    /**
     * Validates required components.
     *
     * @param id identifier, unique across all events (scoring awards an event id at most once)
     * @param type event type, see {@link EventTypes} for the built-in ones; any non-blank string is allowed
     * @param subjectId who or what the event is about: a person, an organisation, a stationed unit, a
     *     department
     * @param time when it happened
     * @param quantity how much, in the unit of the event type (hours, visits, credits, a 0–100 score);
     *     1 for events that are simply counted
     * @param areaId where it happened, when known
     * @param attributes further typed-as-text facts, e.g. {@code meeting=党课}
     */
    public Event {
        nonBlank(id, "id");
        nonBlank(type, "type");
        nonBlank(subjectId, "subjectId");
        nonNull(time, "time");
        nonNull(quantity, "quantity");
        areaId = nonNull(areaId, "areaId");
        attributes = map(attributes, "attributes");
    }

    /**
     * @param id identifier
     * @param type event type
     * @param subjectId subject
     * @param time when
     * @return a counted event (quantity 1) with no area and no attributes
     */
    public static Event of(String id, String type, String subjectId, Instant time) {
        return new Event(id, type, subjectId, time, BigDecimal.ONE, Optional.empty(), Map.of());
    }

    /**
     * @param amount the quantity
     * @return a copy with the quantity set
     */
    public Event withQuantity(BigDecimal amount) {
        return new Event(id, type, subjectId, time, amount, areaId, attributes);
    }

    /**
     * @param key attribute name
     * @return the attribute value, if present
     */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }
}

package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.nonBlank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jiceng.cases.anticipate.internal.RulesReader;

/**
 * Thresholds and windows of anticipation as data: which detectors run and with what parameters, and
 * the error rate they are held to. A rule set is JSON:
 * <pre>{@code
 * {
 *   "id": "jiceng-anticipation", "version": "1", "description": "...",
 *   "alpha": 0.01,
 *   "detectors": {
 *     "emerging": {"windowWeeks": 1, "minCount": 4, "historyWeeks": 12, "minHistoryWeeks": 8},
 *     ...
 *   }
 * }
 * }</pre>
 * Parsing is strict: unknown fields (other than {@code note} and {@code $comment}), duplicate keys,
 * wrong types and values out of range are refused with the source, the JSON path and the value.
 * {@link #builtIn()} is the pack shipped with the SDK ({@value #BUILT_IN}).
 *
 * @param id the rule set's id
 * @param version its version
 * @param description what it is for
 * @param alpha family-wise error rate per weekly look, in (0, 1); each test is held to alpha over the
 *     number of grid × situation series (Bonferroni)
 * @param detectors detector name → its parameters, in file order
 * @param source the file or resource it was read from, for messages
 */
public record AnticipationRules(String id, String version, String description, double alpha,
        Map<String, DetectorSettings> detectors, String source) {

    /** Class-path resource of the built-in pack. */
    public static final String BUILT_IN = "/org/jiceng/cases/anticipate/default-rules.json";

    /**
     * Checks the components and copies the map, keeping its order.
     *
     * @param id the rule set's id
     * @param version its version
     * @param description what it is for
     * @param alpha family-wise error rate per weekly look, in (0, 1)
     * @param detectors detector name → its parameters, in file order
     * @param source the file or resource it was read from
     */
    public AnticipationRules {
        nonBlank(id, "AnticipationRules id");
        nonBlank(version, "AnticipationRules " + id + " version");
        description = Objects.requireNonNull(description, "description must not be null");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("AnticipationRules " + id + " alpha must be in (0, 1), was " + alpha);
        }
        detectors = Collections.unmodifiableMap(new LinkedHashMap<>(detectors));
        nonBlank(source, "AnticipationRules " + id + " source");
    }

    /**
     * @return the built-in pack: recurring, emerging, cluster and seasonal detectors at alpha 0.01
     * @throws IllegalStateException when the resource is missing from the class path
     */
    public static AnticipationRules builtIn() {
        try (InputStream in = AnticipationRules.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("Built-in anticipation rules " + BUILT_IN + " are missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read built-in anticipation rules " + BUILT_IN, e);
        }
    }

    /**
     * @param json the rule set's text
     * @param source a name for messages, e.g. the file name
     * @return the rule set
     * @throws AnticipationRulesException naming source, JSON path and value of the first problem
     */
    public static AnticipationRules parse(String json, String source) {
        return new RulesReader(source).read(json);
    }
}

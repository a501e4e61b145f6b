package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.nonBlank;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parameters a rule set gives one detector, with typed accessors whose errors name the rule
 * set's source, the JSON path and the value.
 *
 * @param detector the detector's name (the key under {@code detectors})
 * @param source the rule set's file or resource, for messages
 * @param values parameter name → number
 */
public record DetectorSettings(String detector, String source, Map<String, BigDecimal> values) {

    /**
     * Copies the values.
     *
     * @param detector the detector's name
     * @param source the rule set's file or resource
     * @param values parameter name → number
     */
    public DetectorSettings {
        nonBlank(detector, "DetectorSettings detector");
        nonBlank(source, "DetectorSettings source");
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** @return the JSON path of these settings, {@code $.detectors.<name>} */
    public String path() {
        return "$.detectors." + detector;
    }

    /**
     * Checks that exactly the given parameters are present.
     *
     * @param expected the parameter names the detector takes
     * @throws AnticipationRulesException naming the first unknown or missing parameter
     */
    public void requireExactly(Set<String> expected) {
        for (String name : values.keySet()) {
            if (!expected.contains(name)) {
                throw error(path() + "." + name, "unknown parameter '" + name + "' for detector '" + detector
                        + "'; its parameters are " + new TreeSet<>(expected));
            }
        }
        for (String name : new TreeSet<>(expected)) {
            if (!values.containsKey(name)) {
                throw error(path(), "missing parameter '" + name + "' for detector '" + detector + "'; its parameters are "
                        + new TreeSet<>(expected));
            }
        }
    }

    /**
     * @param name a parameter
     * @param min the least value allowed
     * @return its value
     * @throws AnticipationRulesException when it is missing, not whole or below {@code min}
     */
    public int wholeNumber(String name, int min) {
        BigDecimal v = value(name);
        int n;
        try {
            n = v.intValueExact();
        } catch (ArithmeticException e) {
            throw error(path() + "." + name, "expected a whole number >= " + min + ", was " + v.toPlainString());
        }
        if (n < min) {
            throw error(path() + "." + name, "expected a whole number >= " + min + ", was " + v.toPlainString());
        }
        return n;
    }

    /**
     * @param name a parameter
     * @return its value, in (0, 1)
     * @throws AnticipationRulesException when it is missing or not strictly between 0 and 1
     */
    public double probability(String name) {
        BigDecimal v = value(name);
        if (v.signum() <= 0 || v.compareTo(BigDecimal.ONE) >= 0) {
            throw error(path() + "." + name, "expected a probability strictly between 0 and 1, was " + v.toPlainString());
        }
        return v.doubleValue();
    }

    /**
     * @param name a parameter
     * @return its value, greater than 0
     * @throws AnticipationRulesException when it is missing or not positive
     */
    public double positive(String name) {
        BigDecimal v = value(name);
        if (v.signum() <= 0) {
            throw error(path() + "." + name, "expected a number > 0, was " + v.toPlainString());
        }
        return v.doubleValue();
    }

    private BigDecimal value(String name) {
        BigDecimal v = values.get(name);
        if (v == null) {
            throw error(path(), "missing parameter '" + name + "' for detector '" + detector + "'");
        }
        return v;
    }

    private AnticipationRulesException error(String path, String problem) {
        return new AnticipationRulesException(source, path, problem, null);
    }
}

package org.jiceng.scoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter value a score line used, with the date it took effect and the policy that set it.
 *
 * @param name parameter name
 * @param value value in hundredths
 * @param effectiveFrom the first day of that value
 * @param policyRef the policy reference of the parameter
 * @param assumption true when the value is a documented assumption rather than a published figure
 */
public record ParameterUse(String name, long value, LocalDate effectiveFrom, String policyRef, boolean assumption) {

    /**
     * Checks the name, date and policy reference are present (the policy reference may be empty).
     *
     * @param name parameter name
     * @param value value in hundredths
     * @param effectiveFrom the first day of that value
     * @param policyRef the policy reference of the parameter
     * @param assumption true when the value is a documented assumption rather than a published figure
     */
    public ParameterUse {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(policyRef, "policyRef");
    }

    @Override
    public String toString() {
        return name + "=" + Points.format(value) + " (from " + effectiveFrom + (policyRef.isEmpty() ? "" : ", " + policyRef)
                + (assumption ? ", ASSUMPTION" : "") + ")";
    }
}

package org.jiceng.cases;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one department did on the cases it was summoned to (部门报到), as counted by {@link CaseMetrics}.
 *
 * @param departmentId the department
 * @param summoned cases in scope that summoned it by the observation time
 * @param accepted of those, the ones not closed as duplicate or rejected
 * @param responded of the summoned, those where it reported
 * @param respondedOnTime of those, the ones where it reported by the response deadline
 * @param resolved of the accepted, those resolved at the observation time
 * @param resolvedOnTime of those, the ones resolved by the resolution deadline
 * @param medianResponseTime median time from its first summons to its first report, over responded
 */
public record DepartmentMetrics(String departmentId, int summoned, int accepted, int responded,
        int respondedOnTime, int resolved, int resolvedOnTime, Optional<Duration> medianResponseTime) {

    /**
     * Normalises the optional.
     *
     * @param departmentId the department
     * @param summoned cases in scope that summoned it by the observation time
     * @param accepted of those, the ones not closed as duplicate or rejected
     * @param responded of the summoned, those where it reported
     * @param respondedOnTime of those, the ones where it reported by the response deadline
     * @param resolved of the accepted, those resolved at the observation time
     * @param resolvedOnTime of those, the ones resolved by the resolution deadline
     * @param medianResponseTime median time from its first summons to its first report, over responded
     */
    public DepartmentMetrics {
        medianResponseTime = Objects.requireNonNull(medianResponseTime, "medianResponseTime must not be null");
    }

    /** @return responded / summoned */
    public Rate responseRate() {
        return new Rate(responded, summoned);
    }

    /** @return respondedOnTime / summoned: a department that never reported is not on time */
    public Rate onTimeResponseRate() {
        return new Rate(respondedOnTime, summoned);
    }

    /** @return resolved / accepted */
    public Rate closureRate() {
        return new Rate(resolved, accepted);
    }

    /** @return resolvedOnTime / resolved */
    public Rate onTimeClosureRate() {
        return new Rate(resolvedOnTime, resolved);
    }
}

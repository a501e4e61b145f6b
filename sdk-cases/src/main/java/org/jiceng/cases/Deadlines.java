package org.jiceng.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * The SLA deadlines of a case.
 *
 * @param respondBy summoned departments must report (报到) by this moment, inclusive
 * @param resolveBy the case must be resolved by this moment, inclusive
 */
public record Deadlines(Instant respondBy, Instant resolveBy) {

    /**
     * Checks that the response deadline is not after the resolution deadline.
     *
     * @param respondBy summoned departments must report (报到) by this moment, inclusive
     * @param resolveBy the case must be resolved by this moment, inclusive
     */
    public Deadlines {
        Objects.requireNonNull(respondBy, "respondBy");
        Objects.requireNonNull(resolveBy, "resolveBy");
        if (respondBy.isAfter(resolveBy)) {
            throw new IllegalArgumentException("Deadlines: respondBy " + respondBy + " must not be after resolveBy "
                    + resolveBy);
        }
    }

    /**
     * @param created when the case was received
     * @param situation its situation, which carries the SLA
     * @return deadlines counted from {@code created}
     */
    public static Deadlines from(Instant created, Situation situation) {
        return new Deadlines(created.plus(situation.respondWithin()), created.plus(situation.resolveWithin()));
    }

    /**
     * @param moment a response time
     * @return true when it meets the response deadline
     */
    public boolean respondedOnTime(Instant moment) {
        return !moment.isAfter(respondBy);
    }

    /**
     * @param moment a resolution time
     * @return true when it meets the resolution deadline
     */
    public boolean resolvedOnTime(Instant moment) {
        return !moment.isAfter(resolveBy);
    }
}

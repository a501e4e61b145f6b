package org.jiceng.examples.demo.report;

/**
 * What one pipeline step did.
 *
 * @param step the step name, e.g. {@code partition}
 * @param status {@link Status#DONE}, or {@link Status#SKIPPED} with the reason in {@code detail}
 * @param detail a one-line result or the reason for skipping
 */
public record StepOutcome(String step, Status status, String detail) {

    /** Whether a step ran. */
    public enum Status {
        /** The step ran. */
        DONE,
        /** The step did not run, because the SDK module it needs is not available. */
        SKIPPED
    }

    /**
     * @param step step name
     * @param detail result
     * @return a done outcome
     */
    public static StepOutcome done(String step, String detail) {
        return new StepOutcome(step, Status.DONE, detail);
    }

    /**
     * @param step step name
     * @param reason why it did not run
     * @return a skipped outcome
     */
    public static StepOutcome skipped(String step, String reason) {
        return new StepOutcome(step, Status.SKIPPED, reason);
    }
}

package org.jiceng.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One explained scoring decision: a rule applied to an event.
 *
 * @param ruleId the rule
 * @param ruleVersion the rule's version (the rule set's unless the rule has its own)
 * @param eventId the event
 * @param eventType the event's type
 * @param time the event's time
 * @param requested points the rule asked for, after multipliers (negative for deductions)
 * @param granted points that count in the total (0 when capped out, already awarded or expired)
 * @param reason the reason code
 * @param detail a human explanation, e.g. {@code CAPPED: requested 5.00, cap 10.00 per MONTH, 8.00 used}
 * @param parameters the parameter values used, with their effective dates and policy references
 */
public record ScoreLine(String ruleId, String ruleVersion, String eventId, String eventType, Instant time,
        long requested, long granted, ReasonCode reason, String detail, List<ParameterUse> parameters) {

    /**
     * Validates and copies.
     *
     * @param ruleId the rule
     * @param ruleVersion the rule's version (the rule set's unless the rule has its own)
     * @param eventId the event
     * @param eventType the event's type
     * @param time the event's time
     * @param requested points the rule asked for, after multipliers (negative for deductions)
     * @param granted points that count in the total (0 when capped out, already awarded or expired)
     * @param reason the reason code
     * @param detail a human explanation, e.g. {@code CAPPED: requested 5.00, cap 10.00 per MONTH, 8.00 used}
     * @param parameters the parameter values used, with their effective dates and policy references
     */
    public ScoreLine {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        parameters = List.copyOf(parameters);
    }

    /** @return {@code ruleId@version} */
    public String ruleRef() {
        return ruleId + "@" + ruleVersion;
    }

    /** @return one text line */
    public String render() {
        return time + "  " + eventId + "  " + ruleRef() + "  " + Points.format(granted) + "  " + detail
                + (parameters.isEmpty() ? "" : "  " + parameters);
    }
}

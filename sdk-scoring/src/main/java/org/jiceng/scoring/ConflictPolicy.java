package org.jiceng.scoring;

/**
 * What a scoring pass does when two events share an id but differ (in type, subject, time, quantity,
 * area or attributes). Exact copies of an event are always harmless replays: one of them scores. A
 * conflict is always reported in {@link Scorecards#problems()} with both payloads, whatever the policy.
 */
public enum ConflictPolicy {
    /**
     * The default: no copy of the id is scored and every subject named by one of the copies is left
     * out of the scorecards (its total would depend on which copy is right), with a
     * {@link ScoringProblem.Kind#CONFLICTING_EVENT_ID} problem; the other subjects are scored.
     */
    REJECT,
    /**
     * The copy with the earliest event time is scored, the others are ignored; the conflict is
     * reported as {@link ScoringProblem.Kind#CONFLICT_RESOLVED}. When the earliest time is shared by
     * two different copies there is no first one, and the id is rejected as under {@link #REJECT}.
     */
    FIRST_WINS,
    /**
     * The copy with the latest event time is scored (a correction recorded later replaces the
     * original), the others are ignored; reported as {@link ScoringProblem.Kind#CONFLICT_RESOLVED}.
     * When the latest time is shared by two different copies, the id is rejected as under {@link #REJECT}.
     */
    LAST_WINS
}

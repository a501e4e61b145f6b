package org.jiceng.benchmarks.scoring;

/**
 * Mutable per-member state the rule-engine peers read and write: the running total, the monthly cap
 * counters and the current event's day and month. Public with public fields because rules compiled by
 * Drools access it from generated code.
 */
public final class MemberCounters {
    /** Total in hundredths. */
    public long total;
    /** Month of the meeting cap counter. */
    public long meetingMonth = -1;
    /** Meeting points used in that month. */
    public long meetingUsed;
    /** Month of the shared service cap counter. */
    public long serviceMonth = -1;
    /** Service points used in that month. */
    public long serviceUsed;
    /** Month of the household-visit cap counter. */
    public long visitMonth = -1;
    /** Visit points used in that month. */
    public long visitUsed;
    /** Month the 报到 bonus was last given. */
    public long bonusMonth = -1;
    /** Shanghai epoch day of the current event. */
    public long day;
    /** Month index of the current event. */
    public long month;
    /** First award day whose volunteer points have not expired. */
    public long expiryCutoff;
}

package org.jiceng.cases;

/**
 * Event types that the case workflow emits for departments (一哨一考核, see {@link CaseAssessment}).
 * Event types are open strings; these are the ones the built-in whistle rule pack scores.
 */
public final class CaseEventTypes {

    private CaseEventTypes() {
    }

    /** A department's response to a whistle (部门报到) within the deadline. */
    public static final String WHISTLE_RESPONDED = "whistle.responded";
    /** A whistle case closed by the department. */
    public static final String WHISTLE_CLOSED = "whistle.closed";
    /** A whistle case overdue for the department (a deduction). */
    public static final String WHISTLE_OVERDUE = "whistle.overdue";
}

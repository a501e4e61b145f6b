package org.jiceng.core.model;

/**
 * Names of the built-in event types. Event types are open strings so regions can add their own;
 * these are the ones the built-in rule packs and the demo understand. The whistle (吹哨报到) event types
 * live with the case workflow, in {@code org.jiceng.cases.CaseEventTypes} of sdk-cases.
 */
public final class EventTypes {

    private EventTypes() {
    }

    /** 三会一课: attended a branch meeting, committee meeting, group meeting or party lecture. */
    public static final String MEETING_ATTENDED = "meeting.attended";
    /** Missed a required meeting without leave (a deduction). */
    public static final String MEETING_MISSED = "meeting.missed";
    /** Volunteer service; quantity in hours. */
    public static final String VOLUNTEER_SERVICE = "volunteer.service";
    /** Household visit (入户走访); quantity in visits. */
    public static final String HOUSEHOLD_VISIT = "household.visit";
    /** 报到 service in the home community by an in-service member (双报到). */
    public static final String REPORT_SERVICE = "report.service";
    /** Training credit at the cadre academy (实训学院); quantity in credits. */
    public static final String TRAINING_CREDIT = "training.credit";
    /** A trainee missed an academy session without leave (a deduction); quantity in sessions. */
    public static final String TRAINING_ABSENT = "training.absent";
    /** A community cadre's annual assessment (pay grade, 4级12档); quantity is the assessment points. */
    public static final String CADRE_ASSESSMENT = "cadre.assessment";
    /**
     * A branch's standardisation inspection (支部规范化建设, branch stars); quantity is the items passed.
     */
    public static final String BRANCH_ASSESSMENT = "branch.assessment";
    /** A stationed unit's participation in regional governance (区域化党建); quantity in points. */
    public static final String UNIT_PARTICIPATION = "unit.participation";
    /** An indicator value for an organisation (党建质量指数); quantity is the 0–100 indicator score. */
    public static final String INDICATOR_VALUE = "indicator.value";
    /** A disciplinary or conduct deduction. */
    public static final String MISCONDUCT = "misconduct";
}

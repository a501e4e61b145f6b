package org.jiceng.cases;

/**
 * The states of a case. The legal moves between them are defined by {@link CaseStateMachine}; a
 * case's current state is always derived from its {@link CaseTrail}.
 */
public enum CaseStatus {
    /** 问题收集: received, not yet acted on. */
    RECEIVED("已受理", StatusFamily.OPEN),
    /** 书记吹哨: the responsible secretary blew the whistle and summoned departments. */
    WHISTLED("已吹哨", StatusFamily.OPEN),
    /** 部门报到: at least one summoned department reported. */
    DEPARTMENTS_REPORTED("部门已报到", StatusFamily.OPEN),
    /** Being handled. */
    IN_PROGRESS("处置中", StatusFamily.OPEN),
    /** 处理反馈: resolved, awaiting the evaluation. */
    RESOLVED("已办结", StatusFamily.FIXED),
    /** Evaluated by the reporter or the secretary (一哨一考核). */
    EVALUATED("已评价", StatusFamily.FIXED),
    /** Closed after resolution and evaluation. */
    CLOSED("已关闭", StatusFamily.FIXED),
    /** A duplicate of another case. */
    DUPLICATE("重复", StatusFamily.CLOSED_UNFIXED),
    /** Rejected (not a governance matter, not within the area, unfounded). */
    REJECTED("不予受理", StatusFamily.CLOSED_UNFIXED),
    /** Reopened, with a reason, after it was resolved, closed, rejected or marked duplicate. */
    REOPENED("已重启", StatusFamily.OPEN);

    private final String label;
    private final StatusFamily family;

    CaseStatus(String label, StatusFamily family) {
        this.label = label;
        this.family = family;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }

    /** @return the FixMyStreet-style family of this state */
    public StatusFamily family() {
        return family;
    }

    /** @return true when the case is still being handled */
    public boolean isOpen() {
        return family == StatusFamily.OPEN;
    }
}

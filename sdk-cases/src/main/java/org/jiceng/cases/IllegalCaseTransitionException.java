package org.jiceng.cases;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Thrown when a case is asked to move between two states that {@link CaseStateMachine} does not
 * connect. The message names the case, both states and the legal targets; {@link #messageZh()} says the
 * same in Chinese.
 */
public final class IllegalCaseTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The case's state when the transition was asked for. */
    private final CaseStatus from;
    /** The state asked for. */
    private final CaseStatus to;
    /** The states {@code from} may move to. */
    private final Set<CaseStatus> legalTargets;
    /** The message in Chinese. */
    private final String messageZh;

    /**
     * @param caseId the case
     * @param from its current state
     * @param to the refused target
     * @param legalTargets the states it may move to
     */
    public IllegalCaseTransitionException(String caseId, CaseStatus from, CaseStatus to,
            Set<CaseStatus> legalTargets) {
        super("Case " + caseId + " cannot move from " + from + " to " + to + "; legal targets from " + from
                + " are " + legalTargets.stream().map(Enum::name).collect(Collectors.joining(", ", "[", "]")));
        this.from = from;
        this.to = to;
        this.legalTargets = Set.copyOf(legalTargets);
        this.messageZh = "案件 " + caseId + " 不能从" + named(from) + "转到" + named(to) + "；" + named(from) + "可转到 "
                + legalTargets.stream().sorted().map(IllegalCaseTransitionException::named)
                        .collect(Collectors.joining("、", "［", "］"));
    }

    private static String named(CaseStatus status) {
        return "「" + status.label() + "」（" + status.name() + "）";
    }

    /**
     * @return the message in Chinese, e.g. {@code 案件 c-1 不能从「已受理」（ACCEPTED）转到「已关闭」（CLOSED）；…},
     *     naming the case, both states (Chinese label and constant) and the legal targets
     */
    public String messageZh() {
        return messageZh;
    }

    /** @return the state the case was in */
    public CaseStatus from() {
        return from;
    }

    /** @return the refused target */
    public CaseStatus to() {
        return to;
    }

    /** @return the states the case could have moved to */
    public Set<CaseStatus> legalTargets() {
        return legalTargets;
    }
}

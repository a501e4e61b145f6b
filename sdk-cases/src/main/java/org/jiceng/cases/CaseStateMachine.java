package org.jiceng.cases;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The legal transitions between {@link CaseStatus} values, as one explicit table.
 *
 * <pre>
 * RECEIVED             → WHISTLED, IN_PROGRESS (handled directly, 接诉即办), DUPLICATE, REJECTED
 * WHISTLED             → DEPARTMENTS_REPORTED, DUPLICATE
 * DEPARTMENTS_REPORTED → DEPARTMENTS_REPORTED (another summoned department reports), IN_PROGRESS
 * IN_PROGRESS          → RESOLVED
 * RESOLVED             → EVALUATED, REOPENED
 * EVALUATED            → CLOSED, REOPENED
 * CLOSED               → REOPENED
 * DUPLICATE            → REOPENED
 * REJECTED             → REOPENED
 * REOPENED             → WHISTLED, IN_PROGRESS
 * </pre>
 *
 * Reopening is only legal from RESOLVED, EVALUATED, CLOSED, DUPLICATE and REJECTED, and always needs a
 * reason; the per-entry rules (reasons, departments, duplicate links, time order) are checked by
 * {@link CaseTrail#append(AuditEntry)}.
 */
public final class CaseStateMachine {

    private static final Map<CaseStatus, Set<CaseStatus>> LEGAL = new EnumMap<>(CaseStatus.class);

    static {
        allow(CaseStatus.RECEIVED, CaseStatus.WHISTLED, CaseStatus.IN_PROGRESS, CaseStatus.DUPLICATE,
                CaseStatus.REJECTED);
        allow(CaseStatus.WHISTLED, CaseStatus.DEPARTMENTS_REPORTED, CaseStatus.DUPLICATE);
        allow(CaseStatus.DEPARTMENTS_REPORTED, CaseStatus.DEPARTMENTS_REPORTED, CaseStatus.IN_PROGRESS);
        allow(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED);
        allow(CaseStatus.RESOLVED, CaseStatus.EVALUATED, CaseStatus.REOPENED);
        allow(CaseStatus.EVALUATED, CaseStatus.CLOSED, CaseStatus.REOPENED);
        allow(CaseStatus.CLOSED, CaseStatus.REOPENED);
        allow(CaseStatus.DUPLICATE, CaseStatus.REOPENED);
        allow(CaseStatus.REJECTED, CaseStatus.REOPENED);
        allow(CaseStatus.REOPENED, CaseStatus.WHISTLED, CaseStatus.IN_PROGRESS);
    }

    private CaseStateMachine() {
    }

    private static void allow(CaseStatus from, CaseStatus first, CaseStatus... rest) {
        LEGAL.put(from, Collections.unmodifiableSet(EnumSet.of(first, rest)));
    }

    /**
     * @param from a state
     * @return the states a case in {@code from} may move to, in declaration order (never empty)
     */
    public static Set<CaseStatus> legalTargets(CaseStatus from) {
        // The table has a row for every state.
        return Objects.requireNonNull(LEGAL.get(from), "legal targets of " + from);
    }

    /**
     * @param from current state
     * @param to proposed state
     * @return true when the table allows the move
     */
    public static boolean isLegal(CaseStatus from, CaseStatus to) {
        return legalTargets(from).contains(to);
    }

    /**
     * @return the states a case may be reopened from
     */
    public static Set<CaseStatus> reopenableStates() {
        EnumSet<CaseStatus> states = EnumSet.noneOf(CaseStatus.class);
        LEGAL.forEach((from, targets) -> {
            if (targets.contains(CaseStatus.REOPENED)) {
                states.add(from);
            }
        });
        return Collections.unmodifiableSet(states);
    }

    /**
     * @param caseId the case, for the message
     * @param from current state
     * @param to proposed state
     * @throws IllegalCaseTransitionException when the move is not in the table
     */
    public static void requireLegal(String caseId, CaseStatus from, CaseStatus to) {
        if (!isLegal(from, to)) {
            throw new IllegalCaseTransitionException(caseId, from, to, legalTargets(from));
        }
    }
}

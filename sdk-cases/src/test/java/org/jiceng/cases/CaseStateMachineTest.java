package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.cases.CaseStatus.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseStateMachineTest {

    @Test
    void everyStateHasAtLeastOneLegalTarget() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(CaseStateMachine.legalTargets(s)).as(s.name()).isNotEmpty();
        }
    }

    @Test
    void reopenIsLegalOnlyFromResolvedEvaluatedClosedDuplicateAndRejected() {
        assertThat(CaseStateMachine.reopenableStates())
                .containsExactlyInAnyOrder(RESOLVED, EVALUATED, CLOSED, DUPLICATE, REJECTED);
        for (CaseStatus s : EnumSet.of(RECEIVED, WHISTLED, DEPARTMENTS_REPORTED, IN_PROGRESS, REOPENED)) {
            assertThat(CaseStateMachine.isLegal(s, REOPENED)).as(s.name()).isFalse();
        }
    }

    @Test
    void closedCannotBeReachedWithoutEvaluation() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(CaseStateMachine.isLegal(s, CLOSED)).as(s.name()).isEqualTo(s == EVALUATED);
        }
    }

    @Test
    void resolvedIsOnlyReachableFromInProgress() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(CaseStateMachine.isLegal(s, RESOLVED)).as(s.name()).isEqualTo(s == IN_PROGRESS);
        }
    }

    @Test
    void nothingMovesBackToReceived() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(CaseStateMachine.isLegal(s, RECEIVED)).as(s.name()).isFalse();
        }
    }

    @Test
    void illegalTransitionNamesBothStatesAndTheLegalTargets() {
        assertThatThrownBy(() -> CaseStateMachine.requireLegal("C-9", RECEIVED, RESOLVED))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("C-9").hasMessageContaining("from RECEIVED to RESOLVED")
                .hasMessageContaining("[WHISTLED, IN_PROGRESS, DUPLICATE, REJECTED]")
                .satisfies(e -> {
                    IllegalCaseTransitionException ex = (IllegalCaseTransitionException) e;
                    assertThat(ex.from()).isEqualTo(RECEIVED);
                    assertThat(ex.to()).isEqualTo(RESOLVED);
                    assertThat(ex.legalTargets()).isEqualTo(Set.of(WHISTLED, IN_PROGRESS, DUPLICATE, REJECTED));
                });
    }

    @Test
    void everyPairOutsideTheTableIsRefusedByTheCase() {
        // Build one case in each state, then try every target the table forbids.
        Case received = Fixtures.received("A");
        Case whistled = Fixtures.whistled("A");
        Case reported = whistled.report(Fixtures.hours(1), "urban-management", "");
        Case inProgress = reported.startWork(Fixtures.hours(2), "x", "");
        Case resolved = inProgress.resolve(Fixtures.hours(3), "x", "");
        Case evaluated = resolved.evaluate(Fixtures.hours(4), "x", "");
        Case closed = evaluated.close(Fixtures.hours(5), "x", "");
        Case duplicate = received.markDuplicate(Fixtures.hours(1), "x", "B", "");
        Case rejected = received.reject(Fixtures.hours(1), "x", "不属于本辖区");
        Case reopened = rejected.reopen(Fixtures.hours(2), "x", "属于本辖区");
        List<Case> inEveryState = List.of(received, whistled, reported, inProgress, resolved, evaluated, closed,
                duplicate, rejected, reopened);
        assertThat(inEveryState).extracting(Case::status).containsExactlyInAnyOrder(CaseStatus.values());
        int refused = 0;
        for (Case c : inEveryState) {
            for (CaseStatus target : CaseStatus.values()) {
                if (CaseStateMachine.isLegal(c.status(), target)) {
                    continue;
                }
                AuditEntry entry = AuditEntry.move(Fixtures.hours(20), "x", c.status(), target, "reason");
                assertThatThrownBy(() -> c.apply(entry)).as(c.status() + "→" + target)
                        .isInstanceOf(IllegalCaseTransitionException.class)
                        .hasMessageContaining("from " + c.status() + " to " + target);
                refused++;
            }
        }
        assertThat(refused).isEqualTo(10 * 10 - 18);
    }
}

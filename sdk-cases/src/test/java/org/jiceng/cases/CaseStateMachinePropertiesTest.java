package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.jiceng.cases.CaseStatus.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random command sequences against a model written independently of {@link CaseStateMachine}: the
 * model predicts which commands must be accepted; the case must agree, never reach a state outside the
 * table, and its trail must always replay to its current state.
 */
class CaseStateMachinePropertiesTest {

    private static final List<String> DEPARTMENTS = List.of("d0", "d1", "d2");

    /** The transition table as written in the design notes, independent of the production table. */
    private static final Map<CaseStatus, Set<CaseStatus>> SPEC = Map.of(
            RECEIVED, EnumSet.of(WHISTLED, IN_PROGRESS, DUPLICATE, REJECTED),
            WHISTLED, EnumSet.of(DEPARTMENTS_REPORTED, DUPLICATE),
            DEPARTMENTS_REPORTED, EnumSet.of(DEPARTMENTS_REPORTED, IN_PROGRESS),
            IN_PROGRESS, EnumSet.of(RESOLVED),
            RESOLVED, EnumSet.of(EVALUATED, REOPENED),
            EVALUATED, EnumSet.of(CLOSED, REOPENED),
            CLOSED, EnumSet.of(REOPENED),
            DUPLICATE, EnumSet.of(REOPENED),
            REJECTED, EnumSet.of(REOPENED),
            REOPENED, EnumSet.of(WHISTLED, IN_PROGRESS));

    enum Op { WHISTLE, REPORT, START, RESOLVE, EVALUATE, CLOSE, DUPLICATE, REJECT, REOPEN }

    /**
     * @param op what to do
     * @param department index into {@link #DEPARTMENTS} (for whistle: how many to summon, plus one)
     * @param minutes time step; negative steps try to backdate the entry
     * @param withReason whether a non-blank note is given
     */
    record Command(Op op, int department, int minutes, boolean withReason) {
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        Arbitrary<Command> one = Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 2),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(0, 600)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-60, -1))),
                Arbitraries.of(true, true, true, false)).as(Command::new);
        return one.list().ofMaxSize(40);
    }

    @Property
    void randomCommandsFollowTheTableAndTheTrailReplaysToTheState(@ForAll("commands") List<Command> commands) {
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        Case c = Case.builder("P", Fixtures.CATALOGUE.get("P01")).receivedAt(t0, "x").build();
        Model model = new Model();
        Instant now = t0;
        for (Command cmd : commands) {
            Instant at = now.plus(Duration.ofMinutes(cmd.minutes()));
            String note = cmd.withReason() ? "reason" : "";
            String dept = DEPARTMENTS.get(cmd.department());
            boolean expected = model.accepts(cmd, at.isBefore(now), dept);
            Case before = c;
            Optional<Case> after;
            try {
                after = Optional.of(apply(c, cmd, at, note, dept));
            } catch (IllegalCaseTransitionException | CaseRuleException e) {
                after = Optional.empty();
                if (expected) {
                    fail("model accepts " + cmd + " in " + model.status + " but the case refused: " + e.getMessage());
                }
                if (e instanceof IllegalCaseTransitionException ite) {
                    assertThat(SPEC.get(ite.from())).doesNotContain(ite.to());
                    assertThat(ite.legalTargets()).isEqualTo(SPEC.get(ite.from()));
                }
            }
            if (after.isPresent()) {
                if (!expected) {
                    fail("model refuses " + cmd + " in " + model.status + " but the case accepted it");
                }
                c = after.get();
                now = at;
                model.apply(cmd, dept);
                assertThat(c.trail().entries()).hasSize(before.trail().entries().size() + 1);
            } else {
                assertThat(before.trail().entries()).isEqualTo(c.trail().entries());
            }
            assertThat(c.status()).isEqualTo(model.status);
            checkTrail(c);
        }
    }

    private static Case apply(Case c, Command cmd, Instant at, String note, String dept) {
        return switch (cmd.op()) {
            case WHISTLE -> c.whistle(at, "sec", DEPARTMENTS.subList(0, cmd.department() + 1), note);
            case REPORT -> c.report(at, dept, note);
            case START -> c.startWork(at, "w", note);
            case RESOLVE -> c.resolve(at, "w", note);
            case EVALUATE -> c.evaluate(at, "r", note);
            case CLOSE -> c.close(at, "sec", note);
            case DUPLICATE -> c.markDuplicate(at, "sec", "OTHER", note);
            case REJECT -> c.reject(at, "sec", note);
            case REOPEN -> c.reopen(at, "r", note);
        };
    }

    /** Replays the trail independently and rebuilds it through the production code. */
    private static void checkTrail(Case c) {
        List<AuditEntry> entries = c.trail().entries();
        assertThat(entries.get(0).from()).isEmpty();
        assertThat(entries.get(0).to()).isEqualTo(RECEIVED);
        CaseStatus state = RECEIVED;
        for (int i = 1; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            assertThat(e.from()).contains(state);
            assertThat(SPEC.get(state)).contains(e.to());
            assertThat(e.at()).isAfterOrEqualTo(entries.get(i - 1).at());
            state = e.to();
        }
        assertThat(c.status()).isEqualTo(state);
        assertThat(CaseTrail.of(c.id(), new ArrayList<>(entries))).isEqualTo(c.trail());
        assertThat(c.duplicateOf().isPresent()).isEqualTo(state == DUPLICATE);
    }

    /** What should happen, kept apart from the production rules. */
    private static final class Model {
        CaseStatus status = RECEIVED;
        Set<String> awaited = new LinkedHashSet<>();

        boolean accepts(Command cmd, boolean backdated, String dept) {
            if (backdated) {
                return false;
            }
            CaseStatus target = target(cmd.op());
            if (!SPEC.get(status).contains(target)) {
                return false;
            }
            return switch (cmd.op()) {
                case REJECT, REOPEN -> cmd.withReason();
                case REPORT -> awaited.contains(dept);
                default -> true;
            };
        }

        void apply(Command cmd, String dept) {
            switch (cmd.op()) {
                case WHISTLE -> awaited = new LinkedHashSet<>(DEPARTMENTS.subList(0, cmd.department() + 1));
                case REPORT -> awaited.remove(dept);
                default -> { }
            }
            status = target(cmd.op());
        }

        static CaseStatus target(Op op) {
            return switch (op) {
                case WHISTLE -> WHISTLED;
                case REPORT -> DEPARTMENTS_REPORTED;
                case START -> IN_PROGRESS;
                case RESOLVE -> CaseStatus.RESOLVED;
                case EVALUATE -> EVALUATED;
                case CLOSE -> CLOSED;
                case DUPLICATE -> CaseStatus.DUPLICATE;
                case REJECT -> REJECTED;
                case REOPEN -> REOPENED;
            };
        }
    }
}

package org.jiceng.examples.demo.generate;

import java.time.Instant;
import java.util.List;

/**
 * A generated whistle case (吹哨报到 / 接诉即办) as raw facts: what was reported, where, to which
 * department, and the dated steps it went through. The demo hands these to the cases module, which
 * owns the state machine and decides whether each step is legal.
 *
 * @param id identifier
 * @param situationCode the code of the case's situation in the SDK's situation catalogue (情形目录), which
 *     fixes its kind (问题哨, 服务哨, 攻坚哨, 应急哨, 接诉即办), its departments and its deadlines
 * @param communityId the community that blew the whistle
 * @param title short description
 * @param lon longitude of the problem
 * @param lat latitude of the problem
 * @param steps the state changes in time order, the first one being the reception
 */
public record WhistleCase(String id, String situationCode, String communityId, String title, double lon,
        double lat, List<Step> steps) {

    /** Copies the steps. */
    public WhistleCase {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("Case " + id + " needs at least its reception step");
        }
    }

    /** @return when the case was received */
    public Instant received() {
        return steps.get(0).at();
    }

    /**
     * One dated state change.
     *
     * @param state the state entered, in the names of the design (received, whistled, reported, handling,
     *     resolved, evaluated, closed, duplicate, rejected, reopened)
     * @param at when
     * @param note free text; the department for {@code reported}, the original case id for {@code duplicate}
     */
    public record Step(String state, Instant at, String note) {
    }
}

package org.jiceng.cases.anticipate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.WhistleKind;
import org.jiceng.cases.spi.CaseRouter;

/**
 * Opens 未诉先办 tasks from findings: a case of kind {@link WhistleKind#PROACTIVE} for the finding's
 * situation in the grid where it was raised, received like any case and then routed and handled like
 * any case (whistle, report, resolve ...). Its reception note names the finding and its description
 * carries the finding's reason, so the trail says why the task exists.
 */
public final class ProactiveTasks {

    /** Prefix of the ids {@link #openAll} gives: {@code P/} followed by the finding's id. */
    public static final String ID_PREFIX = "P/";

    private ProactiveTasks() {
    }

    /**
     * @param finding what was seen coming
     * @param catalogue the catalogue containing the finding's situation (sets departments and deadlines)
     * @param caseId the new case's id
     * @param at when the task is opened
     * @param actor who opens it (a street office, a grid worker)
     * @return the case, in state RECEIVED, located in the finding's grid
     * @throws IllegalArgumentException when the situation is not in the catalogue
     */
    public static Case open(Finding finding, SituationCatalogue catalogue, String caseId, Instant at, String actor) {
        Objects.requireNonNull(finding, "finding");
        CaseLocation where = new CaseLocation(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(finding.gridId()));
        return Case.builder(caseId, catalogue.get(finding.situation())).kind(WhistleKind.PROACTIVE)
                .description("未诉先办: " + finding.reason()).location(where)
                .receivedAt(at, actor).receptionNote("finding " + finding.id()).build();
    }

    /**
     * Opens one task per finding and routes it.
     *
     * @param findings the findings
     * @param catalogue the catalogue
     * @param router the router (e.g. {@code CaseRouting.router(CaseRouting.DEFAULT_PROVIDER, context)})
     * @param at when the tasks are opened
     * @param actor who opens them
     * @return the routed cases, ids {@code P/<finding id>}, in the findings' order
     */
    public static List<Case> openAll(Collection<Finding> findings, SituationCatalogue catalogue, CaseRouter router,
            Instant at, String actor) {
        List<Case> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Case c = open(f, catalogue, ID_PREFIX + f.id(), at, actor);
            out.add(router.route(c).applyTo(c));
        }
        return out;
    }
}

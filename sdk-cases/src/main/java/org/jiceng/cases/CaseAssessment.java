package org.jiceng.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;

/**
 * 一哨一考核: turns the outcome of every whistle into assessment {@link Event}s for the summoned
 * departments, for the scoring engine to award or deduct points.
 *
 * <h2>Event contract</h2>
 * For each case received in the period (same scope and cut-off as {@link CaseMetrics}) that is not
 * closed as DUPLICATE or REJECTED at {@code asOf}, and for each department its trail summoned by then:
 * <table>
 *   <caption>Events emitted per department per case</caption>
 *   <tr><th>type</th><th>when</th><th>time</th><th>id suffix</th></tr>
 *   <tr><td>{@link EventTypes#WHISTLE_RESPONDED}</td><td>it reported (报到) by the response deadline</td>
 *       <td>report time</td><td>{@code responded}</td></tr>
 *   <tr><td>{@link EventTypes#WHISTLE_OVERDUE}, {@code stage=response}</td><td>it reported late, or
 *       had not reported when the response deadline passed</td><td>report time, or the deadline</td>
 *       <td>{@code overdue.response}</td></tr>
 *   <tr><td>{@link EventTypes#WHISTLE_CLOSED}</td><td>the case is resolved (FIXED family) at
 *       {@code asOf}; attribute {@code onTime} says whether by the deadline</td><td>resolution time</td>
 *       <td>{@code closed}</td></tr>
 *   <tr><td>{@link EventTypes#WHISTLE_OVERDUE}, {@code stage=resolution}</td><td>the case was resolved
 *       late, or was unresolved when the resolution deadline passed</td><td>resolution time, or the
 *       deadline</td><td>{@code overdue.resolution}</td></tr>
 * </table>
 * <ul>
 *   <li>{@code id} = {@code <caseId>/<departmentId>/<suffix>}: stable across re-runs, so scoring's
 *       once-per-event-id rule counts each outcome once even as {@code asOf} moves on;</li>
 *   <li>{@code subjectId} = the department id; {@code quantity} = 1; {@code areaId} = the case's area;</li>
 *   <li>attributes: {@code caseId}, {@code kind} (the Chinese {@link WhistleKind#label()}, e.g.
 *       {@code 应急哨}, as the built-in {@code guandu-whistle-assessment} scoring pack matches it),
 *       {@code kindCode} (the {@link WhistleKind} name, e.g. {@code EMERGENCY}), {@code category}
 *       (situation code), {@code stage} ({@code response} or {@code resolution}), {@code deadline}
 *       (ISO instant), {@code onTime} ({@code true}/{@code false});</li>
 *   <li>events are sorted by time, then id; a deadline counts as missed only when it is before
 *       {@code asOf}, so open cases are not penalised early.</li>
 * </ul>
 */
public final class CaseAssessment {

    /** Attribute: the case id. */
    public static final String ATTR_CASE_ID = "caseId";
    /** Attribute: the {@link WhistleKind#label()}, e.g. {@code 应急哨}. */
    public static final String ATTR_KIND = "kind";
    /** Attribute: the {@link WhistleKind} name, e.g. {@code EMERGENCY}. */
    public static final String ATTR_KIND_CODE = "kindCode";
    /** Attribute: the situation code. */
    public static final String ATTR_CATEGORY = "category";
    /** Attribute: {@value #STAGE_RESPONSE} or {@value #STAGE_RESOLUTION}. */
    public static final String ATTR_STAGE = "stage";
    /** Attribute: the deadline of the stage, an ISO-8601 instant. */
    public static final String ATTR_DEADLINE = "deadline";
    /** Attribute: {@code true} when the stage met its deadline. */
    public static final String ATTR_ON_TIME = "onTime";
    /** Stage value for the department's report. */
    public static final String STAGE_RESPONSE = "response";
    /** Stage value for the case's resolution. */
    public static final String STAGE_RESOLUTION = "resolution";

    private CaseAssessment() {
    }

    /**
     * @param cases the cases
     * @param period a closed period of Asia/Shanghai days; observed at its end
     * @return the events, sorted by time then id
     */
    public static List<Event> events(Collection<Case> cases, DateRange period) {
        CaseMetrics.LocalDateBounds b = CaseMetrics.LocalDateBounds.of(period);
        return events(cases, b.from(), b.to(), b.to());
    }

    /**
     * @param cases the cases
     * @param from start, included
     * @param to end, excluded
     * @param asOf observation time
     * @return the events, sorted by time then id
     */
    public static List<Event> events(Collection<Case> cases, Instant from, Instant to, Instant asOf) {
        Objects.requireNonNull(cases, "cases");
        CaseMetrics.checkWindow(from, to, asOf);
        List<Event> events = new ArrayList<>();
        for (Case c : cases) {
            Optional<CaseTrail> cut = CaseMetrics.inScope(c, from, to, asOf);
            if (cut.isEmpty() || cut.get().status().family() == StatusFamily.CLOSED_UNFIXED) {
                continue;
            }
            assess(c, cut.get(), asOf, events);
        }
        events.sort(Comparator.comparing(Event::time).thenComparing(Event::id));
        return List.copyOf(events);
    }

    private static void assess(Case c, CaseTrail trail, Instant asOf, List<Event> out) {
        Deadlines d = c.deadlines();
        Optional<Instant> resolvedAt = trail.resolvedAt(asOf);
        for (String department : trail.summonedDepartments()) {
            Optional<Instant> reported = trail.firstReported(department);
            if (reported.isPresent()) {
                boolean onTime = d.respondedOnTime(reported.get());
                out.add(event(c, department, onTime ? CaseEventTypes.WHISTLE_RESPONDED : CaseEventTypes.WHISTLE_OVERDUE,
                        onTime ? "responded" : "overdue.response", reported.get(), STAGE_RESPONSE, d.respondBy(),
                        onTime));
            } else if (d.respondBy().isBefore(asOf)) {
                out.add(event(c, department, CaseEventTypes.WHISTLE_OVERDUE, "overdue.response", d.respondBy(),
                        STAGE_RESPONSE, d.respondBy(), false));
            }
            if (resolvedAt.isPresent()) {
                boolean onTime = d.resolvedOnTime(resolvedAt.get());
                out.add(event(c, department, CaseEventTypes.WHISTLE_CLOSED, "closed", resolvedAt.get(), STAGE_RESOLUTION,
                        d.resolveBy(), onTime));
                if (!onTime) {
                    out.add(event(c, department, CaseEventTypes.WHISTLE_OVERDUE, "overdue.resolution", resolvedAt.get(),
                            STAGE_RESOLUTION, d.resolveBy(), false));
                }
            } else if (d.resolveBy().isBefore(asOf)) {
                out.add(event(c, department, CaseEventTypes.WHISTLE_OVERDUE, "overdue.resolution", d.resolveBy(),
                        STAGE_RESOLUTION, d.resolveBy(), false));
            }
        }
    }

    private static Event event(Case c, String department, String type, String suffix, Instant time, String stage,
            Instant deadline, boolean onTime) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(ATTR_CASE_ID, c.id());
        attributes.put(ATTR_KIND, c.kind().label());
        attributes.put(ATTR_KIND_CODE, c.kind().name());
        attributes.put(ATTR_CATEGORY, c.category());
        attributes.put(ATTR_STAGE, stage);
        attributes.put(ATTR_DEADLINE, deadline.toString());
        attributes.put(ATTR_ON_TIME, Boolean.toString(onTime));
        return new Event(c.id() + "/" + department + "/" + suffix, type, department, time, BigDecimal.ONE,
                c.location().areaId(), attributes);
    }
}

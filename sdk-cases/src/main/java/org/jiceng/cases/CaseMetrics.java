package org.jiceng.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.time.ChinaTime;

/**
 * Metrics over the cases received in a period, observed at a moment ({@code asOf}).
 *
 * <p>Definitions (the trail of each case is cut at {@code asOf}, so later entries do not count):
 * <ul>
 *   <li><b>received</b>: cases created in {@code [from, to)}; counted by kind, category, area
 *       ({@link #UNKNOWN_AREA} when the case has none) and state at {@code asOf};</li>
 *   <li><b>accepted</b>: received minus those closed as DUPLICATE or REJECTED at {@code asOf};</li>
 *   <li><b>resolved</b> (办结): cases in the FIXED family (RESOLVED, EVALUATED, CLOSED) at {@code asOf};
 *       a resolution undone by a reopen does not count; the resolution time is the latest RESOLVED
 *       entry;</li>
 *   <li><b>closure rate</b> = resolved / accepted; <b>on-time rate</b> = resolved by the resolution
 *       deadline / resolved; <b>overdue</b> = accepted cases whose resolution deadline passed before
 *       {@code asOf} without an on-time resolution;</li>
 *   <li><b>median time to resolve</b>: median of resolution time − creation time over resolved cases
 *       (mean of the two middle values for an even count);</li>
 *   <li>per department: see {@link DepartmentMetrics}; a department's response is its first report
 *       after its first summons.</li>
 * </ul>
 * Maps are sorted by key so that reports are deterministic.
 *
 * @param from start of the period, included
 * @param to end of the period, excluded
 * @param asOf when the states are observed (usually {@code to})
 * @param received number of cases received in the period
 * @param byKind received cases per kind
 * @param byCategory received cases per situation code
 * @param byArea received cases per area id
 * @param byStatus received cases per state at {@code asOf}
 * @param accepted received cases not closed as duplicate or rejected
 * @param resolved accepted cases resolved at {@code asOf}
 * @param resolvedOnTime of those, resolved by the deadline
 * @param overdue accepted cases past their resolution deadline without an on-time resolution
 * @param medianTimeToResolve median resolution time, empty when nothing was resolved
 * @param departments metrics per department id
 */
public record CaseMetrics(Instant from, Instant to, Instant asOf, int received, Map<WhistleKind, Integer> byKind,
        SortedMap<String, Integer> byCategory, SortedMap<String, Integer> byArea, Map<CaseStatus, Integer> byStatus,
        int accepted, int resolved, int resolvedOnTime, int overdue, Optional<Duration> medianTimeToResolve,
        SortedMap<String, DepartmentMetrics> departments) {

    /** The area key for cases without an area. */
    public static final String UNKNOWN_AREA = "(unknown)";

    /**
     * Makes the maps unmodifiable.
     *
     * @param from start of the period, included
     * @param to end of the period, excluded
     * @param asOf when the states are observed (usually {@code to})
     * @param received number of cases received in the period
     * @param byKind received cases per kind
     * @param byCategory received cases per situation code
     * @param byArea received cases per area id
     * @param byStatus received cases per state at {@code asOf}
     * @param accepted received cases not closed as duplicate or rejected
     * @param resolved accepted cases resolved at {@code asOf}
     * @param resolvedOnTime of those, resolved by the deadline
     * @param overdue accepted cases past their resolution deadline without an on-time resolution
     * @param medianTimeToResolve median resolution time, empty when nothing was resolved
     * @param departments metrics per department id
     */
    public CaseMetrics {
        byKind = Collections.unmodifiableMap(new EnumMap<>(byKind.isEmpty() ? new EnumMap<>(WhistleKind.class) : byKind));
        byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
        byArea = Collections.unmodifiableSortedMap(new TreeMap<>(byArea));
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus.isEmpty() ? new EnumMap<>(CaseStatus.class)
                : byStatus));
        medianTimeToResolve = Objects.requireNonNull(medianTimeToResolve, "medianTimeToResolve must not be null");
        departments = Collections.unmodifiableSortedMap(new TreeMap<>(departments));
    }

    /**
     * Metrics for the cases received on the days of a period (Asia/Shanghai days), observed at the
     * start of the period's end day.
     *
     * @param cases the cases (any order; cases outside the period are ignored)
     * @param period a closed date range
     * @return the metrics
     * @throws IllegalArgumentException when the period is open-ended
     */
    public static CaseMetrics over(Collection<Case> cases, DateRange period) {
        LocalDateBounds b = LocalDateBounds.of(period);
        return over(cases, b.from, b.to, b.to);
    }

    /**
     * @param cases the cases
     * @param from start, included
     * @param to end, excluded; also the observation time
     * @return the metrics
     */
    public static CaseMetrics over(Collection<Case> cases, Instant from, Instant to) {
        return over(cases, from, to, to);
    }

    /**
     * @param cases the cases
     * @param from start, included
     * @param to end, excluded
     * @param asOf observation time, not before {@code from}
     * @return the metrics
     */
    public static CaseMetrics over(Collection<Case> cases, Instant from, Instant to, Instant asOf) {
        Objects.requireNonNull(cases, "cases");
        checkWindow(from, to, asOf);
        Map<WhistleKind, Integer> byKind = new EnumMap<>(WhistleKind.class);
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byArea = new TreeMap<>();
        Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        Map<String, DepartmentTally> tallies = new TreeMap<>();
        List<Duration> resolutionTimes = new ArrayList<>();
        int received = 0;
        int accepted = 0;
        int resolved = 0;
        int onTime = 0;
        int overdue = 0;
        for (Case c : cases) {
            Optional<CaseTrail> cut = inScope(c, from, to, asOf);
            if (cut.isEmpty()) {
                continue;
            }
            CaseTrail trail = cut.get();
            CaseStatus status = trail.status();
            received++;
            byKind.merge(c.kind(), 1, Integer::sum);
            byCategory.merge(c.category(), 1, Integer::sum);
            byArea.merge(c.location().areaId().orElse(UNKNOWN_AREA), 1, Integer::sum);
            byStatus.merge(status, 1, Integer::sum);
            boolean isAccepted = status.family() != StatusFamily.CLOSED_UNFIXED;
            Optional<Instant> resolvedAt = trail.resolvedAt(asOf);
            boolean resolvedOnTime = resolvedAt.map(c.deadlines()::resolvedOnTime).orElse(false);
            if (isAccepted) {
                accepted++;
                if (resolvedAt.isPresent()) {
                    resolved++;
                    resolutionTimes.add(Duration.between(trail.createdAt(), resolvedAt.get()));
                    if (resolvedOnTime) {
                        onTime++;
                    }
                }
                if (!resolvedOnTime && c.deadlines().resolveBy().isBefore(asOf)) {
                    overdue++;
                }
            }
            for (String department : trail.summonedDepartments()) {
                DepartmentTally t = tallies.computeIfAbsent(department, DepartmentTally::new);
                t.summoned++;
                Optional<Instant> reported = trail.firstReported(department);
                if (reported.isPresent()) {
                    t.responded++;
                    t.responseTimes.add(Duration.between(trail.firstSummoned(department).orElseThrow(),
                            reported.get()));
                    if (c.deadlines().respondedOnTime(reported.get())) {
                        t.respondedOnTime++;
                    }
                }
                if (isAccepted) {
                    t.accepted++;
                    if (resolvedAt.isPresent()) {
                        t.resolved++;
                        if (resolvedOnTime) {
                            t.resolvedOnTime++;
                        }
                    }
                }
            }
        }
        Map<String, DepartmentMetrics> departments = new TreeMap<>();
        tallies.forEach((id, t) -> departments.put(id, t.toMetrics()));
        return new CaseMetrics(from, to, asOf, received, byKind, new TreeMap<>(byCategory), new TreeMap<>(byArea),
                byStatus, accepted, resolved, onTime, overdue, median(resolutionTimes), new TreeMap<>(departments));
    }

    /** @return resolved / accepted (办结率) */
    public Rate closureRate() {
        return new Rate(resolved, accepted);
    }

    /** @return resolved on time / resolved */
    public Rate onTimeRate() {
        return new Rate(resolvedOnTime, resolved);
    }

    /**
     * @param kind a kind
     * @return received cases of that kind (0 when none)
     */
    public int count(WhistleKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    /**
     * @param status a state
     * @return received cases in that state at {@code asOf} (0 when none)
     */
    public int count(CaseStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /**
     * A short plain-text report, one line per topic and one per department, for logs and the CLI.
     *
     * @return the report
     */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append("Cases received in [").append(from).append(", ").append(to).append(") as of ").append(asOf)
                .append(": ").append(received);
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((k, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k.label()).append(' ').append(n));
        out.append(" (").append(kinds).append(")\n");
        out.append("Accepted ").append(accepted).append(", closure rate ").append(closureRate()).append(", on time ")
                .append(onTimeRate()).append(", overdue ").append(overdue).append(", median time to resolve ")
                .append(medianTimeToResolve.map(Duration::toString).orElse("n/a")).append('\n');
        departments.values().forEach(d -> out.append("  ").append(d.departmentId()).append(": summoned ")
                .append(d.summoned()).append(", responded ").append(d.responseRate()).append(", on time ")
                .append(d.onTimeResponseRate()).append(", closed ").append(d.closureRate()).append('\n'));
        return out.toString();
    }

    static void checkWindow(Instant from, Instant to, Instant asOf) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("Metrics period end " + to + " must be after its start " + from);
        }
        if (asOf.isBefore(from)) {
            throw new IllegalArgumentException("Metrics observation time " + asOf + " must not be before the period"
                    + " start " + from);
        }
    }

    /** The case's trail cut at {@code asOf}, when the case was created in {@code [from, to)} by then. */
    static Optional<CaseTrail> inScope(Case c, Instant from, Instant to, Instant asOf) {
        Instant created = c.createdAt();
        if (created.isBefore(from) || !created.isBefore(to)) {
            return Optional.empty();
        }
        return c.trail().asOf(asOf);
    }

    static Optional<Duration> median(List<Duration> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        if (n % 2 == 1) {
            return Optional.of(sorted.get(n / 2));
        }
        return Optional.of(sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }

    /** Instants of a closed {@link DateRange} in Asia/Shanghai. */
    record LocalDateBounds(Instant from, Instant to) {
        static LocalDateBounds of(DateRange period) {
            Objects.requireNonNull(period, "period");
            if (period.to().isEmpty()) {
                throw new IllegalArgumentException("Metrics need a closed period, was " + period
                        + "; give an end date or use over(cases, from, to, asOf)");
            }
            return new LocalDateBounds(period.from().atStartOfDay(ChinaTime.ZONE).toInstant(),
                    period.to().get().atStartOfDay(ChinaTime.ZONE).toInstant());
        }
    }

    /** Mutable counts for one department while scanning. */
    private static final class DepartmentTally {
        private final String id;
        private int summoned;
        private int accepted;
        private int responded;
        private int respondedOnTime;
        private int resolved;
        private int resolvedOnTime;
        private final List<Duration> responseTimes = new ArrayList<>();

        DepartmentTally(String id) {
            this.id = id;
        }

        DepartmentMetrics toMetrics() {
            return new DepartmentMetrics(id, summoned, accepted, responded, respondedOnTime, resolved, resolvedOnTime,
                    median(responseTimes));
        }
    }
}

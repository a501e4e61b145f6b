package org.jiceng.testkit.cases.sample;

import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.CaseStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A deliberately naive recount of {@link CaseMetrics}, straight from the raw trail entries, without the
 * production helpers (no asOf cut, no resolvedAt, no firstReported).
 */
final class BruteForce {

    private BruteForce() {
    }

    record Counts(int received, int accepted, int resolved, int onTime, int overdue, Map<String, Integer> byArea,
            Map<String, Integer> byCategory, Map<String, Integer> byKind, Map<String, Integer> byStatus,
            Optional<Duration> median, Map<String, List<Integer>> departments) {
    }

    static Counts recount(Collection<Case> cases, Instant from, Instant to, Instant asOf) {
        int received = 0;
        int accepted = 0;
        int resolved = 0;
        int onTime = 0;
        int overdue = 0;
        Map<String, Integer> byArea = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, List<Integer>> departments = new TreeMap<>();
        List<Long> seconds = new ArrayList<>();
        for (Case c : cases) {
            List<AuditEntry> all = c.trail().entries();
            Instant created = all.get(0).at();
            if (created.compareTo(from) < 0 || created.compareTo(to) >= 0 || created.compareTo(asOf) > 0) {
                continue;
            }
            List<AuditEntry> seen = all.stream().filter(e -> e.at().compareTo(asOf) <= 0).toList();
            CaseStatus state = seen.get(seen.size() - 1).to();
            received++;
            byArea.merge(c.location().areaId().orElse("(unknown)"), 1, Integer::sum);
            byCategory.merge(c.category(), 1, Integer::sum);
            byKind.merge(c.kind().name(), 1, Integer::sum);
            byStatus.merge(state.name(), 1, Integer::sum);
            boolean acc = state != CaseStatus.DUPLICATE && state != CaseStatus.REJECTED;
            boolean fixed = state == CaseStatus.RESOLVED || state == CaseStatus.EVALUATED || state == CaseStatus.CLOSED;
            Instant resolvedAt = null;
            if (fixed) {
                for (AuditEntry e : seen) {
                    if (e.to() == CaseStatus.RESOLVED) {
                        resolvedAt = e.at();
                    }
                }
            }
            boolean inTime = resolvedAt != null && resolvedAt.compareTo(c.deadlines().resolveBy()) <= 0;
            if (acc) {
                accepted++;
                if (resolvedAt != null) {
                    resolved++;
                    seconds.add(resolvedAt.getEpochSecond() - created.getEpochSecond());
                    if (inTime) {
                        onTime++;
                    }
                }
                if (!inTime && c.deadlines().resolveBy().compareTo(asOf) < 0) {
                    overdue++;
                }
            }
            // departments: [summoned, accepted, responded, respondedOnTime, resolved, resolvedOnTime]
            java.util.Set<String> summoned = new java.util.LinkedHashSet<>();
            for (AuditEntry e : seen) {
                if (e.to() == CaseStatus.WHISTLED) {
                    summoned.addAll(e.departments());
                }
            }
            for (String d : summoned) {
                List<Integer> row = departments.computeIfAbsent(d, k -> new ArrayList<>(List.of(0, 0, 0, 0, 0, 0)));
                row.set(0, row.get(0) + 1);
                Instant reported = null;
                for (AuditEntry e : seen) {
                    if (reported == null && e.to() == CaseStatus.DEPARTMENTS_REPORTED && e.departments().contains(d)) {
                        reported = e.at();
                    }
                }
                if (reported != null) {
                    row.set(2, row.get(2) + 1);
                    if (reported.compareTo(c.deadlines().respondBy()) <= 0) {
                        row.set(3, row.get(3) + 1);
                    }
                }
                if (acc) {
                    row.set(1, row.get(1) + 1);
                    if (resolvedAt != null) {
                        row.set(4, row.get(4) + 1);
                        if (inTime) {
                            row.set(5, row.get(5) + 1);
                        }
                    }
                }
            }
        }
        Optional<Duration> median = Optional.empty();
        if (!seconds.isEmpty()) {
            seconds.sort(null);
            int n = seconds.size();
            long m2 = n % 2 == 1 ? 2 * seconds.get(n / 2) : seconds.get(n / 2 - 1) + seconds.get(n / 2);
            median = Optional.of(Duration.ofMillis(m2 * 500));
        }
        return new Counts(received, accepted, resolved, onTime, overdue, byArea, byCategory, byKind, byStatus, median,
                departments);
    }

    static Counts of(CaseMetrics m) {
        Map<String, Integer> byKind = new TreeMap<>();
        m.byKind().forEach((k, v) -> byKind.put(k.name(), v));
        Map<String, Integer> byStatus = new TreeMap<>();
        m.byStatus().forEach((k, v) -> byStatus.put(k.name(), v));
        Map<String, List<Integer>> departments = new TreeMap<>();
        m.departments().forEach((k, d) -> departments.put(k, List.of(d.summoned(), d.accepted(), d.responded(),
                d.respondedOnTime(), d.resolved(), d.resolvedOnTime())));
        return new Counts(m.received(), m.accepted(), m.resolved(), m.resolvedOnTime(), m.overdue(), m.byArea(),
                m.byCategory(), byKind, byStatus, m.medianTimeToResolve(), departments);
    }
}

package org.jiceng.cases;

import static org.jiceng.cases.Fixtures.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.core.model.DateRange;

/**
 * A small hand-built month whose metrics are worked out by hand in {@link CaseMetricsTest}. T0 is
 * 2024-03-01 09:00 Asia/Shanghai; P01 (respond 2 h, resolve 48 h; urban-management, market-regulation),
 * E02 (1 h, 12 h; emergency, water, urban-management), C01 (24 h, 168 h; civil-affairs).
 */
final class HandSample {

    static final DateRange MARCH = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    static final String UM = "urban-management";
    static final String MR = "market-regulation";

    private HandSample() {
    }

    static Case build(String id, String situation, String area, Instant at) {
        CaseLocation where = area == null ? CaseLocation.unknown() : CaseLocation.inArea(area);
        return Case.builder(id, Fixtures.CATALOGUE.get(situation)).location(where).receivedAt(at, "grid-worker").build();
    }

    /** A: both report (MR late at +3), resolved +10 on time, evaluated, closed. */
    static Case a() {
        return build("A", "P01", "c1", hours(0)).whistle(hours(0.5), "sec", List.of(UM, MR), "")
                .report(hours(1), UM, "").report(hours(3), MR, "").startWork(hours(3), UM, "")
                .resolve(hours(10), UM, "").evaluate(hours(20), "reporter", "满意").close(hours(30), "sec", "");
    }

    /** B: only UM reports (+1.5), resolved late at +60. */
    static Case b() {
        return build("B", "P01", "c1", hours(0)).whistle(hours(0.5), "sec", List.of(UM, MR), "")
                .report(hours(1.5), UM, "").startWork(hours(2), UM, "").resolve(hours(60), UM, "");
    }

    /** C: all three report on time (deadline +1), never resolved (deadline +12). */
    static Case c() {
        return build("C", "E02", "c2", hours(0)).whistle(hours(0.25), "sec", List.of("emergency", "water", UM), "")
                .report(hours(0.5), "emergency", "").report(hours(0.75), "water", "").report(hours(1), UM, "")
                .startWork(hours(1), "emergency", "");
    }

    /** D: a complaint handled directly, resolved at +30 (deadline +168). */
    static Case d() {
        return build("D", "C01", "c2", hours(0)).startWork(hours(1), "community", "")
                .resolve(hours(30), "community", "");
    }

    /** E: no area, a duplicate of A. */
    static Case e() {
        return build("E", "P01", null, hours(0)).markDuplicate(hours(1), "sec", "A", "");
    }

    /** F: a complaint rejected. */
    static Case f() {
        return build("F", "C01", "c1", hours(0)).reject(hours(2), "sec", "不属于本辖区");
    }

    /** G: received in April, outside the period. */
    static Case g() {
        return build("G", "P01", "c1", Instant.parse("2024-04-05T01:00:00Z"));
    }

    /** H: resolved at +5, reopened at +6 and back in progress at +7 (deadline +48 passes). */
    static Case h() {
        return build("H", "P01", "c1", hours(0)).whistle(hours(0.5), "sec", List.of(UM), "")
                .report(hours(1), UM, "").startWork(hours(1), UM, "").resolve(hours(5), UM, "")
                .reopen(hours(6), "reporter", "又来了").startWork(hours(7), UM, "");
    }

    static List<Case> all() {
        return List.of(a(), b(), c(), d(), e(), f(), g(), h());
    }
}

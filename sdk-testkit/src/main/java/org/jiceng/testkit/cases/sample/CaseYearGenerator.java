package org.jiceng.testkit.cases.sample;

import java.util.Locale;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.CaseStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.Reporter;
import org.jiceng.cases.Situation;
import org.jiceng.cases.WhistleKind;
import org.jiceng.core.time.ChinaTime;

/**
 * Generates a deterministic year of cases with complete trails, for demos, tests and benchmarks:
 * <pre>{@code
 * List<Case> year = CaseYearGenerator.generate(CaseYearSpec.guandu(42, 2024));
 * CaseMetrics m = CaseMetrics.over(year, DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
 * }</pre>
 * Each case is received at a random minute of the year, in a random community, for a random situation,
 * and then follows the closed loop: the secretary whistles the situation's departments (complaints are
 * half the time handled directly), departments report, work starts, and the case is resolved,
 * evaluated and closed, or stays open; a few are duplicates, rejected or reopened, as the spec says.
 * Cases are returned ordered by reception time; ids are {@code <year>-00001}, ... in that order.
 */
public final class CaseYearGenerator {
    /** Around Kunming; points are illustrative only. */
    private static final double LON = 102.71;
    private static final double LAT = 25.04;

    private CaseYearGenerator() {
    }

    /**
     * @param spec what to generate
     * @return the cases, ordered by reception time
     */
    public static List<Case> generate(CaseYearSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        Instant start = LocalDate.of(spec.year(), 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
        long minutes = Duration.between(start, LocalDate.of(spec.year() + 1, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant())
                .toMinutes();
        List<Instant> receptions = new ArrayList<>(spec.caseCount());
        for (int i = 0; i < spec.caseCount(); i++) {
            receptions.add(start.plus(Duration.ofMinutes(random.nextLong(minutes))));
        }
        receptions.sort(Comparator.naturalOrder());
        List<Case> cases = new ArrayList<>(spec.caseCount());
        for (int i = 0; i < receptions.size(); i++) {
            String id = String.format(Locale.ROOT, "%d-%05d", spec.year(), i + 1);
            cases.add(one(spec, random.split(), id, receptions.get(i), cases));
        }
        return List.copyOf(cases);
    }

    private static Case one(CaseYearSpec spec, SplittableRandom r, String id, Instant received, List<Case> earlier) {
        List<Situation> situations = spec.catalogue().situations();
        Situation s = situations.get(r.nextInt(situations.size()));
        String area = spec.areaIds().get(r.nextInt(spec.areaIds().size()));
        String secretary = "secretary-" + area;
        Case c = Case.builder(id, s).description(s.name())
                .location(CaseLocation.at(LON + r.nextDouble(-0.1, 0.1), LAT + r.nextDouble(-0.1, 0.1)).withArea(area))
                .reporter(r.nextInt(3) == 0 ? Reporter.anonymous() : Reporter.of("居民" + r.nextInt(1000),
                        "139" + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000))))
                .secretary(secretary).receivedAt(received, "grid-worker-" + area).build();
        Clock t = new Clock(received);
        double u = r.nextDouble();
        if (u < spec.duplicateShare() && !earlier.isEmpty()) {
            Case original = earlier.get(r.nextInt(earlier.size()));
            return c.markDuplicate(t.after(Duration.ofMinutes(30)), secretary, original.id(), "同一问题已受理");
        }
        if (u < spec.duplicateShare() + spec.rejectShare()) {
            return c.reject(t.after(Duration.ofMinutes(45)), secretary, "不属于本辖区事项");
        }
        c = handle(c, s, r, t, secretary, spec);
        if (!chance(r, spec.resolveShare())) {
            return c;
        }
        c = resolve(c, s, r, t, spec, received);
        if (chance(r, spec.reopenShare())) {
            c = c.reopen(t.after(Duration.ofHours(6)), "reporter", "群众反映问题复发");
            c = c.startWork(t.after(Duration.ofHours(1)), s.departments().isEmpty() ? secretary : s.departments().get(0),
                    "再次处置");
            c = c.resolve(t.after(Duration.ofHours(1 + r.nextInt(24))), secretary, "复查已解决");
        }
        if (chance(r, 0.8)) {
            c = c.evaluate(t.after(Duration.ofHours(24)), "reporter", chance(r, 0.9) ? "满意" : "基本满意");
            if (chance(r, 0.9)) {
                c = c.close(t.after(Duration.ofHours(24)), secretary, "闭环");
            }
        }
        return c;
    }

    private static Case handle(Case c, Situation s, SplittableRandom r, Clock t, String secretary, CaseYearSpec spec) {
        boolean direct = s.departments().isEmpty() || (c.kind() == WhistleKind.COMPLAINT && chance(r, 0.5));
        if (direct) {
            return c.startWork(t.after(Duration.ofMinutes(20)), secretary, "接诉即办");
        }
        Duration respond = s.respondWithin();
        c = c.whistle(t.after(respond.dividedBy(10)), secretary, s.departments(), "书记吹哨");
        Instant whistled = t.now;
        for (String department : s.departments()) {
            if (!chance(r, 0.95)) {
                continue;
            }
            double f = chance(r, spec.onTimeShare()) ? r.nextDouble(0.1, 0.9) : r.nextDouble(1.05, 2.5);
            Instant due = c.deadlines().respondBy();
            Instant at = whistled.plus(scale(Duration.between(whistled, due), f));
            c = c.report(t.atLeast(at), department, "报到");
        }
        if (c.trail().last().to() == org.jiceng.cases.CaseStatus.WHISTLED) {
            // Nobody reported: the secretary escalates and the lead department is made to report late.
            c = c.report(t.after(respond.multipliedBy(2)), s.departments().get(0), "督办后报到");
        }
        return c.startWork(t.after(Duration.ofMinutes(30)), s.departments().get(0), "开始处置");
    }

    private static Case resolve(Case c, Situation s, SplittableRandom r, Clock t, CaseYearSpec spec, Instant received) {
        double f = chance(r, spec.onTimeShare()) ? r.nextDouble(0.1, 0.95) : r.nextDouble(1.05, 2.0);
        Instant at = received.plus(scale(s.resolveWithin(), f));
        String actor = s.departments().isEmpty() ? "community" : s.departments().get(0);
        return c.resolve(t.atLeast(at), actor, "已办结");
    }

    private static boolean chance(SplittableRandom r, double probability) {
        return r.nextDouble() < probability;
    }

    private static Duration scale(Duration d, double f) {
        return Duration.ofSeconds(Math.round(d.getSeconds() * f));
    }

    /** The time of the latest entry, so that each new entry is never earlier than the last. */
    private static final class Clock {
        private Instant now;

        Clock(Instant start) {
            this.now = start;
        }

        Instant after(Duration d) {
            now = now.plus(d);
            return now;
        }

        Instant atLeast(Instant candidate) {
            if (candidate.isAfter(now)) {
                now = candidate;
            }
            return now;
        }
    }
}

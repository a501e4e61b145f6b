package org.jiceng.testkit.cases.sample;

import org.jiceng.cases.CaseEventTypes;

import org.jiceng.cases.Case;
import org.jiceng.cases.CaseAssessment;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.DepartmentMetrics;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.StatusFamily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.core.time.ChinaTime;
import org.jiceng.testkit.cases.sample.CaseYearGenerator;
import org.jiceng.testkit.cases.sample.CaseYearSpec;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;

class CaseMetricsPropertiesTest {

    private static final Instant YEAR_START = LocalDate.of(2024, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();

    private static List<Case> sample(long seed, int count, double resolveShare, double onTimeShare) {
        return CaseYearGenerator.generate(new CaseYearSpec(seed, 2024, count, SituationCatalogue.defaults(),
                CaseYearSpec.communities(4), 0.05, 0.05, resolveShare, onTimeShare, 0.1));
    }

    @Property(tries = 100)
    void metricsEqualABruteForceRecount(@ForAll long seed, @ForAll @IntRange(max = 80) int count,
            @ForAll @DoubleRange(min = 0, max = 1) double resolveShare,
            @ForAll @DoubleRange(min = 0, max = 1) double onTimeShare,
            @ForAll @IntRange(max = 300) int fromDay, @ForAll @IntRange(min = 1, max = 200) int days,
            @ForAll @IntRange(max = 4000) int asOfHours) {
        List<Case> cases = sample(seed, count, resolveShare, onTimeShare);
        Instant from = YEAR_START.plus(Duration.ofDays(fromDay));
        Instant to = from.plus(Duration.ofDays(days));
        Instant asOf = from.plus(Duration.ofHours(asOfHours));
        CaseMetrics m = CaseMetrics.over(cases, from, to, asOf);
        assertThat(BruteForce.of(m)).isEqualTo(BruteForce.recount(cases, from, to, asOf));
    }

    @Property(tries = 50)
    void inputOrderDoesNotChangeMetricsOrEvents(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
        List<Case> cases = sample(seed, count, 0.8, 0.7);
        List<Case> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, new Random(seed));
        Instant to = YEAR_START.plus(Duration.ofDays(366));
        assertThat(CaseMetrics.over(shuffled, YEAR_START, to)).isEqualTo(CaseMetrics.over(cases, YEAR_START, to));
        assertThat(CaseAssessment.events(shuffled, YEAR_START, to, to))
                .isEqualTo(CaseAssessment.events(cases, YEAR_START, to, to));
    }

    @Property(tries = 50)
    void assessmentEventsAgreeWithDepartmentMetrics(@ForAll long seed, @ForAll @IntRange(max = 60) int count,
            @ForAll @IntRange(min = 1, max = 9000) int asOfHours) {
        List<Case> cases = sample(seed, count, 0.7, 0.6);
        Instant to = YEAR_START.plus(Duration.ofDays(366));
        Instant asOf = YEAR_START.plus(Duration.ofHours(asOfHours));
        CaseMetrics m = CaseMetrics.over(cases, YEAR_START, to, asOf);
        List<Event> events = CaseAssessment.events(cases, YEAR_START, to, asOf);
        // Duplicates and rejections are not assessed, so compare against accepted cases only.
        List<Case> acceptedOnly = cases.stream().filter(c -> c.trail().statusAt(asOf)
                .map(s -> s.family() != StatusFamily.CLOSED_UNFIXED).orElse(false)).toList();
        CaseMetrics am = CaseMetrics.over(acceptedOnly, YEAR_START, to, asOf);
        long responded = events.stream().filter(e -> e.type().equals(CaseEventTypes.WHISTLE_RESPONDED)).count();
        long closed = events.stream().filter(e -> e.type().equals(CaseEventTypes.WHISTLE_CLOSED)).count();
        assertThat(responded).isEqualTo(am.departments().values().stream().mapToLong(DepartmentMetrics::respondedOnTime).sum());
        assertThat(closed).isEqualTo(m.departments().values().stream().mapToLong(DepartmentMetrics::resolved).sum());
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
    }
}

package org.jiceng.testkit.cases.sample;

import org.jiceng.cases.Case;
import org.jiceng.cases.CaseAssessment;
import org.jiceng.cases.CaseMetrics;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.CaseTrail;
import org.jiceng.cases.StatusFamily;
import org.jiceng.cases.WhistleKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.core.time.ChinaTime;
import org.jiceng.testkit.cases.sample.CaseYearGenerator;
import org.jiceng.testkit.cases.sample.CaseYearSpec;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Guandu-like year: 8,325 whistles (吹哨 8325 件), generated from a seed. */
class GuanduYearTest {

    private static final DateRange YEAR = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
    private static final DateRange LATER = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));
    private static List<Case> year;
    private static CaseMetrics metrics;

    @BeforeAll
    static void generate() {
        year = CaseYearGenerator.generate(CaseYearSpec.guandu(8325, 2024));
        metrics = CaseMetrics.over(year, YEAR);
    }

    @Test
    void generatesEightThousandThreeHundredTwentyFiveCasesInTheYear() {
        assertThat(year).hasSize(8325);
        assertThat(year).extracting(Case::id).doesNotHaveDuplicates().startsWith("2024-00001").endsWith("2024-08325");
        assertThat(metrics.received()).isEqualTo(8325);
        assertThat(metrics.byKind().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8325);
        // Every kind a situation of the catalogue has; PROACTIVE cases come only from anticipation findings.
        assertThat(metrics.byKind()).containsOnlyKeys(WhistleKind.PROBLEM, WhistleKind.SERVICE, WhistleKind.TACKLE,
                WhistleKind.EMERGENCY, WhistleKind.COMPLAINT);
        assertThat(metrics.byArea()).hasSize(12);
    }

    @Test
    void isDeterministicForASeedAndDiffersForAnother() {
        assertThat(CaseYearGenerator.generate(CaseYearSpec.guandu(8325, 2024))).isEqualTo(year);
        assertThat(CaseYearGenerator.generate(CaseYearSpec.guandu(8326, 2024))).isNotEqualTo(year);
    }

    @Test
    void everyTrailReplaysToItsCaseState() {
        for (Case c : year) {
            assertThat(CaseTrail.of(c.id(), c.trail().entries()).status()).isEqualTo(c.status());
        }
    }

    @Test
    void sharesFollowTheSpecWithinSamplingError() {
        // 2% duplicates + 2% rejected → ~96% accepted; 92% of them resolved, a little less by 31 Dec
        // because December's slow cases resolve in January.
        assertThat((double) metrics.accepted() / metrics.received()).isCloseTo(0.96, within(0.01));
        assertThat(metrics.closureRate().value()).isCloseTo(0.92, within(0.02));
        CaseMetrics eventually = CaseMetrics.over(year, LATER);
        assertThat(eventually.received()).isEqualTo(8325);
        assertThat(eventually.closureRate().value()).isCloseTo(0.92, within(0.015))
                .isGreaterThanOrEqualTo(metrics.closureRate().value());
        assertThat(eventually.onTimeRate().value()).isCloseTo(0.85, within(0.02));
    }

    @Test
    void monthlyMetricsObservedAtYearEndAddUpToTheYear() {
        Instant end = YEAR.to().orElseThrow().atStartOfDay(ChinaTime.ZONE).toInstant();
        int received = 0;
        int accepted = 0;
        int resolved = 0;
        int onTime = 0;
        int overdue = 0;
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(2024, month, 1);
            CaseMetrics m = CaseMetrics.over(year, first.atStartOfDay(ChinaTime.ZONE).toInstant(),
                    first.plusMonths(1).atStartOfDay(ChinaTime.ZONE).toInstant(), end);
            received += m.received();
            accepted += m.accepted();
            resolved += m.resolved();
            onTime += m.resolvedOnTime();
            overdue += m.overdue();
        }
        assertThat(List.of(received, accepted, resolved, onTime, overdue)).containsExactly(metrics.received(),
                metrics.accepted(), metrics.resolved(), metrics.resolvedOnTime(), metrics.overdue());
    }

    @Test
    void metricsEqualTheBruteForceRecountOnTheWholeYear() {
        Instant from = YEAR.from().atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant to = YEAR.to().orElseThrow().atStartOfDay(ChinaTime.ZONE).toInstant();
        assertThat(BruteForce.of(metrics)).isEqualTo(BruteForce.recount(year, from, to, to));
    }

    @Test
    void everyAcceptedWhistleIsAssessedForEveryDepartment() {
        List<Event> events = CaseAssessment.events(year, YEAR);
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
        long assessedPairs = events.stream().filter(e -> e.attribute(CaseAssessment.ATTR_STAGE)
                .orElseThrow().equals(CaseAssessment.STAGE_RESPONSE))
                .map(e -> e.attribute(CaseAssessment.ATTR_CASE_ID).orElseThrow() + "/" + e.subjectId()).distinct().count();
        Instant end = YEAR.to().orElseThrow().atStartOfDay(ChinaTime.ZONE).toInstant();
        long expectedPairs = 0;
        for (Case c : year) {
            if (c.trail().statusAt(end).orElseThrow().family() == StatusFamily.CLOSED_UNFIXED) {
                continue;
            }
            for (String d : c.summonedDepartments()) {
                boolean reported = c.trail().entries().stream().anyMatch(e -> e.to() == CaseStatus.DEPARTMENTS_REPORTED
                        && e.departments().contains(d) && !e.at().isAfter(end));
                if (reported || c.deadlines().respondBy().isBefore(end)) {
                    expectedPairs++;
                }
            }
        }
        // every summoned department of an accepted case is assessed once on its response, unless it has not
        // reported yet and its deadline has not passed at the end of the year
        assertThat(assessedPairs).isEqualTo(expectedPairs).isGreaterThan(18_000);
    }
}

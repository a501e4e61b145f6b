package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.junit.jupiter.api.Test;

class CompositeIndexTest {

    private static CompositeIndex index(MissingIndicatorPolicy policy) {
        return new CompositeIndex("t", List.of(
                new IndexCategory("a", "A", Points.ofWhole(60), List.of(
                        new IndexIndicator("a1", "A1", Points.ofWhole(50)), new IndexIndicator("a2", "A2", Points.ofWhole(50)))),
                new IndexCategory("b", "B", Points.ofWhole(40), List.of(new IndexIndicator("b1", "B1", Points.ofWhole(100))))),
                policy, Optional.of(Banding.passFail("pass", Points.ofWhole(60), "fail", "pass")));
    }

    private static Map<String, Long> values(long a1, long b1) {
        Map<String, Long> v = new HashMap<>();
        v.put("a1", Points.ofWhole(a1));
        v.put("b1", Points.ofWhole(b1));
        return v;
    }

    @Test
    void missingIndicatorFailsTheSubjectUnderFail() {
        IndexResult r = index(MissingIndicatorPolicy.FAIL).evaluate("o", values(80, 50));
        assertThat(r.score()).isEmpty();
        assertThat(r.grade()).isEmpty();
        assertThat(r.missing()).containsExactly("a2");
    }

    @Test
    void missingIndicatorCountsAsZeroUnderZero() {
        // a = (80*50 + 0*50)/100 = 40; total = 0.6*40 + 0.4*50 = 44
        IndexResult r = index(MissingIndicatorPolicy.ZERO).evaluate("o", values(80, 50));
        assertThat(r.score()).contains(Points.ofWhole(44));
        assertThat(r.grade().map(Band::key)).contains("FAIL");
    }

    @Test
    void missingIndicatorIsReweightedUnderReweight() {
        // a = 80 (a1 carries the whole category); total = 0.6*80 + 0.4*50 = 68
        IndexResult r = index(MissingIndicatorPolicy.REWEIGHT).evaluate("o", values(80, 50));
        assertThat(r.score()).contains(Points.ofWhole(68));
        assertThat(r.categoryScores()).containsEntry("a", Points.ofWhole(80)).containsEntry("b", Points.ofWhole(50));
        assertThat(r.grade().map(Band::key)).contains("PASS");
    }

    @Test
    void roundsHalfUpOnceAtTheEnd() {
        Map<String, Long> v = values(0, 0);
        v.put("a1", 1L);
        v.put("a2", 0L);
        // a = 0.005, total = 0.6 * 0.005 = 0.003 hundredths -> 0.00
        assertThat(index(MissingIndicatorPolicy.FAIL).evaluate("o", v).score()).contains(0L);
        v.put("a1", Points.parse("33.33"));
        v.put("a2", Points.parse("33.34"));
        v.put("b1", Points.parse("33.33"));
        // a = 33.335, total = 20.001 + 13.332 = 33.333 -> 33.33
        assertThat(index(MissingIndicatorPolicy.FAIL).evaluate("o", v).score()).contains(Points.parse("33.33"));
    }

    @Test
    void rejectsValuesOutside0To100AndUnknownIndicators() {
        assertThatThrownBy(() -> index(MissingIndicatorPolicy.ZERO).evaluate("org-9", values(101, 0)))
                .hasMessageContaining("org-9").hasMessageContaining("'a1'").hasMessageContaining("outside 0..100");
        Map<String, Long> v = values(1, 1);
        v.put("zz", 1L);
        assertThatThrownBy(() -> index(MissingIndicatorPolicy.ZERO).evaluate("o", v))
                .hasMessageContaining("unknown indicator 'zz'");
    }

    @Test
    void rejectsIndicatorWeightsNotSummingTo100() {
        assertThatThrownBy(() -> new IndexCategory("a", "A", Points.ofWhole(100),
                List.of(new IndexIndicator("a1", "A1", Points.ofWhole(70)))))
                .hasMessageContaining("Indicator weights of category 'a' must sum to 100, but sum to 70.00");
    }

    @Test
    void guanduIndexHasSixCategoriesAndSeventeenIndicators() {
        CompositeIndex guandu = RuleSets.builtIn("guandu-quality-index").index().orElseThrow();
        assertThat(guandu.categories()).hasSize(6);
        assertThat(guandu.indicatorCount()).isEqualTo(17);
        assertThat(guandu.grading()).isPresent();
    }

    @Test
    void monthlyReportTakesTheShanghaiMonthOfEachEvent() {
        CompositeIndex index = index(MissingIndicatorPolicy.ZERO);
        // 2025-01-31T23:59:59+08 is January in Shanghai; one second later is February, though both are
        // January 31 in UTC. In July 1988 Shanghai kept summer time (+09): 15:30Z on July 31 is already August.
        List<Event> events = List.of(
                indicator("jan", "2025-01-31T15:59:59Z", 10),
                indicator("feb", "2025-01-31T16:00:00Z", 20),
                indicator("aug", "1988-07-31T15:30:00Z", 30),
                indicator("jul", "1988-07-31T14:30:00Z", 40));
        assertThat(subjects(index.monthlyReport(events, YearMonth.of(2025, 1)))).containsExactly("jan");
        assertThat(subjects(index.monthlyReport(events, YearMonth.of(2025, 2)))).containsExactly("feb");
        assertThat(subjects(index.monthlyReport(events, YearMonth.of(1988, 8)))).containsExactly("aug");
        assertThat(subjects(index.monthlyReport(events, YearMonth.of(1988, 7)))).containsExactly("jul");
        assertThat(subjects(index.monthlyReport(events, YearMonth.of(2024, 12)))).isEmpty();
    }

    private static Event indicator(String subject, String time, int value) {
        return new Event("e-" + subject, EventTypes.INDICATOR_VALUE, subject, Instant.parse(time), BigDecimal.valueOf(value),
                Optional.empty(), Map.of(CompositeIndex.INDICATOR_ATTRIBUTE, "a1"));
    }

    private static List<String> subjects(MonthlyIndexReport report) {
        return report.ranked().stream().map(IndexResult::subjectId).toList();
    }
}

package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.cases.Fixtures.hours;
import static org.jiceng.cases.HandSample.MR;
import static org.jiceng.cases.HandSample.UM;

import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.junit.jupiter.api.Test;

/** Expected events are worked out by hand from {@link HandSample}. */
class CaseAssessmentTest {

    private final List<Event> events = CaseAssessment.events(HandSample.all(), HandSample.MARCH);

    private Optional<Event> find(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Test
    void emitsEighteenEventsForTheAcceptedWhistledCases() {
        assertThat(events).extracting(Event::id).containsExactlyInAnyOrder(
                "A/urban-management/responded", "A/market-regulation/overdue.response",
                "A/urban-management/closed", "A/market-regulation/closed",
                "B/urban-management/responded", "B/market-regulation/overdue.response",
                "B/urban-management/closed", "B/urban-management/overdue.resolution",
                "B/market-regulation/closed", "B/market-regulation/overdue.resolution",
                "C/emergency/responded", "C/water/responded", "C/urban-management/responded",
                "C/emergency/overdue.resolution", "C/water/overdue.resolution",
                "C/urban-management/overdue.resolution",
                "H/urban-management/responded", "H/urban-management/overdue.resolution");
        assertThat(events.stream().filter(e -> e.type().equals(CaseEventTypes.WHISTLE_RESPONDED))).hasSize(6);
        assertThat(events.stream().filter(e -> e.type().equals(CaseEventTypes.WHISTLE_CLOSED))).hasSize(4);
        assertThat(events.stream().filter(e -> e.type().equals(CaseEventTypes.WHISTLE_OVERDUE))).hasSize(8);
    }

    @Test
    void eventsCarryDepartmentTimeAreaAndAttributes() {
        Event late = find("A/market-regulation/overdue.response").orElseThrow();
        assertThat(late.type()).isEqualTo(CaseEventTypes.WHISTLE_OVERDUE);
        assertThat(late.subjectId()).isEqualTo(MR);
        assertThat(late.time()).isEqualTo(hours(3));
        assertThat(late.areaId()).contains("c1");
        assertThat(late.attributes()).containsEntry("caseId", "A").containsEntry("kind", "问题哨").containsEntry("kindCode", "PROBLEM")
                .containsEntry("category", "P01").containsEntry("stage", "response")
                .containsEntry("deadline", hours(2).toString()).containsEntry("onTime", "false");
        Event missed = find("B/market-regulation/overdue.response").orElseThrow();
        assertThat(missed.time()).as("never reported: dated at the deadline").isEqualTo(hours(2));
        Event closedLate = find("B/urban-management/closed").orElseThrow();
        assertThat(closedLate.time()).isEqualTo(hours(60));
        assertThat(closedLate.attribute("onTime")).contains("false");
        assertThat(find("A/urban-management/closed").orElseThrow().attribute("onTime")).contains("true");
    }

    @Test
    void emergencyWhistlesCarryTheLabelTheScoringPackMatches() {
        assertThat(find("C/emergency/responded").orElseThrow().attribute("kind")).contains("应急哨");
    }

    @Test
    void eventsAreSortedByTimeThenId() {
        for (int i = 1; i < events.size(); i++) {
            Event prev = events.get(i - 1);
            Event next = events.get(i);
            assertThat(prev.time().isBefore(next.time())
                    || prev.time().equals(next.time()) && prev.id().compareTo(next.id()) < 0).isTrue();
        }
    }

    @Test
    void deadlinesNotYetPassedAreNotPenalised() {
        List<Event> early = CaseAssessment.events(List.of(HandSample.b()), Fixtures.T0, hours(24 * 30), hours(11));
        assertThat(early).extracting(Event::id).containsExactly("B/urban-management/responded",
                "B/market-regulation/overdue.response");
    }

    @Test
    void idsAreStableWhenObservedLater() {
        List<Event> later = CaseAssessment.events(HandSample.all(), Fixtures.T0, hours(24 * 300), hours(24 * 300));
        assertThat(later).extracting(Event::id).containsExactlyInAnyOrderElementsOf(
                events.stream().map(Event::id).toList());
    }

    @Test
    void duplicatesAndRejectedCasesAreNotAssessed() {
        Case dup = HandSample.build("X", "P01", "c1", hours(0)).whistle(hours(0.5), "sec", List.of(UM), "")
                .markDuplicate(hours(1), "sec", "A", "");
        assertThat(CaseAssessment.events(List.of(dup, HandSample.f()), HandSample.MARCH)).isEmpty();
    }
}

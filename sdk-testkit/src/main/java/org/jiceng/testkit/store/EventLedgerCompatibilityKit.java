package org.jiceng.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jiceng.core.model.Event;
import org.jiceng.core.store.AppendResult;
import org.jiceng.core.store.EventConflictException;
import org.jiceng.core.store.EventLedger;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link EventLedger}. Extend it and return a new, empty ledger:
 * <pre>{@code
 * class MyLedgerTest extends EventLedgerCompatibilityKit {
 *     protected EventLedger newLedger() { return new MyLedger(freshSchema()); }
 * }
 * }</pre>
 */
public abstract class EventLedgerCompatibilityKit {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Comparator<Event> ORDER = Comparator.comparing(Event::time).thenComparing(Event::id);

    /** @return a new, empty ledger */
    protected abstract EventLedger newLedger();

    /**
     * @param count number of events
     * @param seed random seed
     * @return events of 20 subjects over a year, with attributes and scales that break naive encodings
     */
    protected static List<Event> sampleEvents(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] types = {"meeting.attended", "volunteer.hours", "visit.household", "meeting.missed"};
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant time = T0.plusSeconds(r.nextLong(366L * 86_400)).plusMillis(r.nextInt(1000));
            BigDecimal quantity = r.nextInt(4) == 0 ? new BigDecimal("1.50") : BigDecimal.valueOf(r.nextInt(9), r.nextInt(3));
            Map<String, String> attributes = r.nextInt(3) == 0 ? Map.of()
                    : Map.of("note", "三会一课,\t\"引号\"\\\n" + i, "place", "社区" + r.nextInt(9));
            events.add(new Event(String.format(java.util.Locale.ROOT, "e-%07d", i), types[r.nextInt(types.length)],
                    "person-" + r.nextInt(20), time, quantity,
                    r.nextBoolean() ? Optional.of("530112001" + r.nextInt(10)) : Optional.empty(), attributes));
        }
        return events;
    }

    private static List<Event> sorted(List<Event> events) {
        List<Event> copy = new ArrayList<>(events);
        copy.sort(ORDER);
        return copy;
    }

    private static List<Event> all(EventLedger ledger) {
        try (Stream<Event> s = ledger.stream(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))) {
            return s.toList();
        }
    }

    @Test
    void appendedEventsReadBackEqualInTimeThenIdOrder() {
        EventLedger ledger = newLedger();
        List<Event> events = sampleEvents(500, 1L);
        AppendResult result = ledger.append(events);
        assertThat(result).isEqualTo(new AppendResult(500, 0));
        assertThat(ledger.count()).isEqualTo(500);
        assertThat(all(ledger)).isEqualTo(sorted(events));
    }

    @Test
    void eventsOfASubjectStopAtTheInstantInclusive() {
        EventLedger ledger = newLedger();
        List<Event> events = sampleEvents(400, 2L);
        ledger.append(events);
        Event pivot = events.get(17);
        List<Event> expected = sorted(events.stream().filter(e -> e.subjectId().equals(pivot.subjectId())
                && !e.time().isAfter(pivot.time())).toList());
        assertThat(ledger.eventsOf(pivot.subjectId(), pivot.time())).isEqualTo(expected).contains(pivot);
        assertThat(ledger.eventsOf("nobody", Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void aPeriodIsHalfOpen() {
        EventLedger ledger = newLedger();
        List<Event> events = sampleEvents(300, 3L);
        ledger.append(events);
        List<Event> ordered = sorted(events);
        Instant from = ordered.get(50).time();
        Instant before = ordered.get(250).time();
        try (Stream<Event> s = ledger.stream(from, before)) {
            assertThat(s.toList()).isEqualTo(ordered.stream()
                    .filter(e -> !e.time().isBefore(from) && e.time().isBefore(before)).toList());
        }
    }

    @Test
    void appendingTheSameEventsTwiceChangesNothing() {
        EventLedger ledger = newLedger();
        List<Event> events = sampleEvents(300, 4L);
        ledger.append(events.subList(0, 200));
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new java.util.Random(4L));
        assertThat(ledger.append(shuffled)).isEqualTo(new AppendResult(100, 200));
        assertThat(ledger.append(events)).isEqualTo(new AppendResult(0, 300));
        assertThat(ledger.count()).isEqualTo(300);
        assertThat(all(ledger)).isEqualTo(sorted(events));
    }

    @Test
    void anIdOfferedTwiceInOneCallCountsOnce() {
        EventLedger ledger = newLedger();
        List<Event> events = sampleEvents(10, 5L);
        List<Event> twice = new ArrayList<>(events);
        twice.addAll(events.subList(0, 3));
        assertThat(ledger.append(twice)).isEqualTo(new AppendResult(10, 3));
        assertThat(ledger.count()).isEqualTo(10);
    }

    @Test
    void theSameIdWithOtherContentIsRefusedAndNothingOfTheCallIsStored() {
        EventLedger ledger = newLedger();
        List<Event> events = sampleEvents(20, 6L);
        ledger.append(events.subList(0, 10));
        Event original = events.get(3);
        Event changed = new Event(original.id(), original.type(), original.subjectId(), original.time(),
                original.quantity().add(BigDecimal.ONE), original.areaId(), original.attributes());
        List<Event> offered = new ArrayList<>(events.subList(10, 20));
        offered.add(changed);
        assertThatThrownBy(() -> ledger.append(offered)).isInstanceOfSatisfying(EventConflictException.class, e -> {
            assertThat(e.stored()).isEqualTo(original);
            assertThat(e.offered()).isEqualTo(changed);
        }).hasMessageContaining(original.id());
        assertThat(ledger.count()).isEqualTo(10);
        assertThat(all(ledger)).isEqualTo(sorted(events.subList(0, 10)));
    }

    @Test
    void quantitiesKeepTheirScale() {
        EventLedger ledger = newLedger();
        Event a = new Event("s-1", "volunteer.hours", "p", T0, new BigDecimal("1.50"), Optional.empty(), Map.of());
        Event b = new Event("s-2", "volunteer.hours", "p", T0, new BigDecimal("1.5"), Optional.empty(), Map.of());
        ledger.append(List.of(a, b));
        assertThat(ledger.eventsOf("p", T0)).containsExactly(a, b);
        Event c = new Event("s-1", "volunteer.hours", "p", T0, new BigDecimal("1.5"), Optional.empty(), Map.of());
        assertThatThrownBy(() -> ledger.append(List.of(c))).isInstanceOf(EventConflictException.class);
    }

    @Test
    void tenThousandEventsInOneCallAreAllStored() {
        EventLedger ledger = newLedger();
        List<Event> events = sampleEvents(10_000, 7L);
        assertThat(ledger.append(events).appended()).isEqualTo(10_000);
        assertThat(all(ledger)).isEqualTo(sorted(events));
    }
}

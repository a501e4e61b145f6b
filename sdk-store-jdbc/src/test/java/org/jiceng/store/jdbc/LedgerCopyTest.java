package org.jiceng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jiceng.core.model.Event;
import org.jiceng.core.store.AppendResult;
import org.jiceng.core.store.EventLedger;
import org.junit.jupiter.api.Test;

/**
 * The ledger's binary COPY paths on PostgreSQL: straight into the ledger when a batch's ids are new, through
 * the staging table when some are stored. Text that breaks naive CSV or COPY text encodings comes
 * back exactly; text PostgreSQL cannot hold is refused with the event and field named.
 */
class LedgerCopyTest {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

    /** Values that break naive COPY encodings, and multi-byte text crossing the writer's 64 KiB chunks. */
    private static final List<String> HOSTILE = List.of("tab\there", "line\nbreak", "cr\rreturn", "crlf\r\nend",
            "back\\slash", "\\.", "\\N", "\"quoted\"", "comma,separated", "", " padded ", "三会一课 党课",
            "emoji 🏮 and 𠀀", "a\\tb", "end with backslash\\", ",", "\"", "\n\\.\n",
            "宽".repeat(40_000) + "🏮".repeat(5_000)); // last: an even index, so on both paths

    private static Event event(String id, String text, Optional<String> area) {
        return new Event(id, "meeting.attended", "member-" + text.length() % 7, T0.plusSeconds(id.hashCode() & 0xffff),
                new BigDecimal("1.50"), area, Map.of("note", text, "k\t" + text.length(), "v"));
    }

    private static List<Event> hostileEvents() {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            out.add(event(String.format(Locale.ROOT, "h-%02d %s", i, text.length() > 50 ? "long" : text), text,
                    i % 3 == 0 ? Optional.empty() : Optional.of(i % 3 == 1 ? text : "")));
        }
        return out;
    }

    private static List<Event> all(EventLedger ledger) {
        try (Stream<Event> s = ledger.stream(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))) {
            return s.toList();
        }
    }

    private static List<Event> numbered(String prefix, int count) {
        List<Event> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Event(String.format(Locale.ROOT, "%s-%05d", prefix, i), "volunteer.service", "member-" + i % 13,
                    T0.plusSeconds(i), BigDecimal.valueOf(i % 5, 1), Optional.of("530112001001"), Map.of()));
        }
        return out;
    }

    @Test
    void hostileTextComesBackExactlyOnTheDirectAndTheStagedPath() {
        EventLedger ledger = new JdbcEventLedger(EmbeddedDatabase.fresh());
        List<Event> events = hostileEvents();
        List<Event> firstHalf = new ArrayList<>();
        for (int i = 0; i < events.size(); i += 2) {
            firstHalf.add(events.get(i));
        }

        assertThat(ledger.append(firstHalf)).as("new ids: straight into the ledger")
                .isEqualTo(new AppendResult(firstHalf.size(), 0));
        assertThat(ledger.append(events)).as("some ids stored: the staged path")
                .isEqualTo(new AppendResult(events.size() - firstHalf.size(), firstHalf.size()));

        List<Event> back = all(ledger);
        assertThat(back).hasSize(events.size()).containsExactlyInAnyOrderElementsOf(events);
        assertThat(ledger.append(events)).as("a replay changes nothing").isEqualTo(new AppendResult(0, events.size()));
    }

    /** Quantities of every shape the base-10000 numeric encoding has cases for, and random ones. */
    private static List<BigDecimal> quantities() {
        List<BigDecimal> out = new ArrayList<>();
        for (String s : List.of("0", "0.0000", "0.00", "1", "-1", "9999", "10000", "10001", "99999999", "100000000",
                "0.0001", "0.00001", "0.1", "1.50", "-1.5", "12345.6789", "12345.67891", "0.000000000000000000001",
                "-0.0001000", "123456789012345678901234567890.123456789", "1000.0001", "-99990000")) {
            out.add(new BigDecimal(s));
        }
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        for (int i = 0; i < 2_000; i++) {
            java.math.BigInteger unscaled = new java.math.BigInteger(1 + r.nextInt(130), new java.util.Random(r.nextLong()));
            out.add(new BigDecimal(r.nextBoolean() ? unscaled : unscaled.negate(), r.nextInt(25)));
        }
        return out;
    }

    @Test
    void quantitiesAndTimesComeBackExactlyOnTheDirectAndTheStagedPath() {
        EventLedger ledger = new JdbcEventLedger(EmbeddedDatabase.fresh());
        List<BigDecimal> quantities = quantities();
        List<Instant> times = List.of(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("1999-12-31T23:59:59.999999Z"),
                Instant.parse("1969-12-31T23:59:59.999999Z"), Instant.parse("1900-03-01T00:00:00.000001Z"),
                Instant.parse("-4000-01-01T00:00:00Z"), Instant.parse("+12025-06-30T12:00:00.5Z"), T0);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            events.add(new Event(String.format(Locale.ROOT, "q-%05d", i), "volunteer.service", "member-" + i % 11,
                    times.get(i % times.size()).plusSeconds(i), quantities.get(i), Optional.empty(), Map.of()));
        }
        List<Event> evenOnes = new ArrayList<>();
        for (int i = 0; i < events.size(); i += 2) {
            evenOnes.add(events.get(i));
        }

        ledger.append(evenOnes);
        assertThat(ledger.append(events)).as("odd ones through the staging table")
                .isEqualTo(new AppendResult(events.size() - evenOnes.size(), evenOnes.size()));

        List<Event> back;
        try (Stream<Event> s = ledger.stream(Instant.parse("-5000-01-01T00:00:00Z"),
                Instant.parse("+13000-01-01T00:00:00Z"))) {
            back = s.toList();
        }
        assertThat(back).containsExactlyInAnyOrderElementsOf(events);
        java.util.Map<String, BigDecimal> scaleKept = new java.util.HashMap<>();
        back.forEach(e -> scaleKept.put(e.id(), e.quantity()));
        for (Event e : events) {
            assertThat(scaleKept.get(e.id())).as(e.id()).isEqualTo(e.quantity()).hasScaleOf(e.quantity().scale());
        }
    }

    @Test
    void anEmptyAreaStaysEmptyAndAnAbsentOneStaysAbsent() {
        EventLedger ledger = new JdbcEventLedger(EmbeddedDatabase.fresh());
        Event empty = event("area-empty", "x", Optional.of(""));
        Event absent = event("area-absent", "x", Optional.empty());
        ledger.append(List.of(empty, absent));

        assertThat(all(ledger)).containsExactlyInAnyOrder(empty, absent);
    }

    @Test
    void aNulCharacterIsRefusedNamingTheEventAndTheFieldAndNothingIsStored() {
        EventLedger ledger = new JdbcEventLedger(EmbeddedDatabase.fresh());
        List<Event> batch = new ArrayList<>(numbered("n", 500));
        batch.add(new Event("bad-nul", "meeting.attended", "member\u0000x", T0, BigDecimal.ONE, Optional.empty(),
                Map.of()));

        assertThatThrownBy(() -> ledger.append(batch)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Event bad-nul subjectId contains U+0000")
                .hasMessageContaining("at character 6");
        assertThat(ledger.count()).isZero();
    }

    @Test
    void anUnpairedSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
        EventLedger ledger = new JdbcEventLedger(EmbeddedDatabase.fresh());
        Event broken = new Event("bad-surrogate", "meeting.attended", "member-1", T0, BigDecimal.ONE, Optional.empty(),
                Map.of("note", "half \uD83C of a lantern"));

        assertThatThrownBy(() -> ledger.append(List.of(broken))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Event bad-surrogate attributes contains an unpaired UTF-16 surrogate U+D83C");
        assertThat(ledger.count()).isZero();
    }

    @Test
    void anUnpairedSurrogateInAnyTextColumnIsRefusedOnTheCopyAndThePortablePathAndNothingIsStored() {
        DataSource ds = EmbeddedDatabase.fresh();
        for (SqlDialect dialect : List.of(PostgresDialect.INSTANCE, PortablePostgresDialect.INSTANCE)) {
            EventLedger ledger = new JdbcEventLedger(ds, dialect);
            Map<String, Event> broken = Map.of(
                    "id", new Event("bad-\uDC00", "meeting.attended", "member-1", T0, BigDecimal.ONE, Optional.empty(),
                            Map.of()),
                    "type", new Event("bad-type", "meeting\uD800", "member-1", T0, BigDecimal.ONE, Optional.empty(),
                            Map.of()),
                    "subjectId", new Event("bad-subject", "meeting.attended", "member-\uDBFF", T0, BigDecimal.ONE,
                            Optional.empty(), Map.of()),
                    "areaId", new Event("bad-area", "meeting.attended", "member-1", T0, BigDecimal.ONE,
                            Optional.of("\uDFFF530112"), Map.of()));
            broken.forEach((field, event) -> {
                List<Event> batch = new ArrayList<>(numbered("s", 300));
                batch.add(event);
                assertThatThrownBy(() -> ledger.append(batch)).as(dialect.name() + " " + field)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(event.id() + " " + field + " contains an unpaired UTF-16 surrogate U+");
            });
            assertThat(ledger.count()).isZero();
        }
    }

    @Test
    void aBatchOverlappingStoredEventsAnywhereStoresOnlyTheNewOnes() {
        EventLedger ledger = new JdbcEventLedger(EmbeddedDatabase.fresh());
        List<Event> events = numbered("o", 3_000);
        List<Event> stored = List.of(events.get(0), events.get(1_500), events.get(2_999));
        ledger.append(stored);

        assertThat(ledger.append(events)).isEqualTo(new AppendResult(2_997, 3));
        assertThat(all(ledger)).isEqualTo(events);
    }

    @Test
    void twoWritersRacingTheSameNewBatchStoreItOnce() throws Exception {
        DataSource pool = EmbeddedDatabase.fresh();
        EventLedger a = new JdbcEventLedger(pool);
        EventLedger b = new JdbcEventLedger(pool);
        List<Event> events = numbered("r", 20_000);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<AppendResult> writeA = () -> {
                start.await();
                return a.append(events);
            };
            Callable<AppendResult> writeB = () -> {
                start.await();
                return b.append(events);
            };
            Future<AppendResult> ra = threads.submit(writeA);
            Future<AppendResult> rb = threads.submit(writeB);
            start.countDown();
            AppendResult x = ra.get();
            AppendResult y = rb.get();

            assertThat(x.appended() + y.appended()).isEqualTo(events.size());
            assertThat(x.alreadyPresent() + y.alreadyPresent()).isEqualTo(events.size());
            assertThat(a.count()).isEqualTo(events.size());
            assertThat(all(a)).isEqualTo(events);
        } finally {
            threads.shutdownNow();
        }
    }
}

package org.jiceng.examples.demo.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.cases.store.VerificationReport;
import org.jiceng.core.model.Event;
import org.jiceng.examples.demo.Language;
import org.jiceng.examples.demo.Messages;
import org.jiceng.store.jdbc.JdbcEventLedger;
import org.jiceng.examples.demo.pipeline.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreStepTest {

    @TempDir
    Path out;

    @Test
    void noDatabaseStartsNothingAndClosesQuietly() {
        assertThatCode(() -> {
            try (StoreStep store = StoreStep.start(DemoDatabase.NONE, out, Progress.silent())) {
                store.casesReady(List.of(), List.of());
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void theEventsAreStoredAsSoonAsTheyAreReadyBeforeAnyCaseIs() {
        List<Event> events = List.of(
                new Event("E1", "meeting.attended", "P1", Instant.parse("2025-01-23T02:43:00Z"), BigDecimal.ONE,
                        Optional.of("C1"), Map.of("meeting", "党课")),
                new Event("E2", "volunteer.service", "P2", Instant.parse("2025-02-01T03:00:00Z"), BigDecimal.TEN,
                        Optional.empty(), Map.of()));
        // The pipeline fails before its cases are located: the events told of are stored all the same.
        try (StoreStep store = StoreStep.start(DemoDatabase.EMBEDDED, out, Progress.silent())) {
            store.listener().eventsReady(events);
        }
        try (DemoDatabase db = DemoDatabase.embedded(out.resolve("db"), false)) {
            JdbcEventLedger ledger = new JdbcEventLedger(db.dataSource());
            assertThat(ledger.count()).isEqualTo(2);
            assertThat(ledger.eventsOf("P1", Instant.parse("2026-01-01T00:00:00Z"))).containsExactly(events.get(0));
        }
    }

    @Test
    void aDatabaseThatCannotStartInTheBackgroundIsReportedWhenTheRunEnds() {
        // The pipeline never reached the store (as when it fails): the failed start is not lost on close.
        assertThatThrownBy(() -> {
            try (StoreStep store = StoreStep.start("jdbc:mysql://localhost/x", out, Progress.silent())) {
                store.casesReady(List.of(), List.of());
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void whatWasStoredIsToldInTheRunsLanguage() {
        PersistStep.Result stored = new PersistStep.Result(3, 1, 12, 40, 2, new VerificationReport(4, 12, List.of()));
        assertThat(stored.describe("here", Messages.of(Language.EN))).isEqualTo(
                "3 cases with 12 trail entries and 40 events in here (1 cases and 2 events were stored already);"
                        + " every hash chain verified");
        assertThat(stored.describe("这里", Messages.of(Language.ZH))).isEqualTo(
                "3 件案件（12 条流转记录）和 40 条事件存入这里（已有 1 件案件和 2 条事件）；每条哈希链均已校验");
    }
}

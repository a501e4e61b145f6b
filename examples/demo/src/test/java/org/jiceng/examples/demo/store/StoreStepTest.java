package org.jiceng.examples.demo.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
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
    void aDatabaseThatCannotStartInTheBackgroundIsReportedWhenTheRunEnds() {
        // The pipeline never reached the store (as when it fails): the failed start is not lost on close.
        assertThatThrownBy(() -> {
            try (StoreStep store = StoreStep.start("jdbc:mysql://localhost/x", out, Progress.silent())) {
                store.casesReady(List.of(), List.of());
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql://");
    }
}

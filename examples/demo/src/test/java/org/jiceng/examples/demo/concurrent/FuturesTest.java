package org.jiceng.examples.demo.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void aResultIsReturned() {
        assertThat(Futures.join(CompletableFuture.completedFuture("x"))).isEqualTo("x");
    }

    @Test
    void aRuntimeFailureIsRethrownAsThrownAlsoThroughADependentStage() {
        IllegalArgumentException failure = new IllegalArgumentException("bad row");
        CompletableFuture<String> failed = CompletableFuture.failedFuture(failure);
        assertThatThrownBy(() -> Futures.join(failed)).isSameAs(failure);
        assertThatThrownBy(() -> Futures.join(failed.thenApply(s -> s + "!"))).isSameAs(failure);
    }

    @Test
    void anErrorIsRethrownAsThrown() {
        AssertionError failure = new AssertionError("broken");
        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(failure))).isSameAs(failure);
    }

    @Test
    void aCheckedFailureIsWrappedWithItsCauseKept() {
        IOException failure = new IOException("disk full");
        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(failure)))
                .isExactlyInstanceOf(IllegalStateException.class).hasCause(failure);
    }

    @Test
    void anInterruptedWaitKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Futures.join(new CompletableFuture<String>()))
                    .isExactlyInstanceOf(IllegalStateException.class).hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}

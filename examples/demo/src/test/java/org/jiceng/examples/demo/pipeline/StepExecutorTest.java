package org.jiceng.examples.demo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StepExecutorTest {

    @Test
    void urgentWorkRunsBeforeWorkQueuedEarlier() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch releaseOne = new CountDownLatch(1);
        CountDownLatch releaseRest = new CountDownLatch(1);
        try (StepExecutor steps = new StepExecutor()) {
            int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
            // Occupy every thread, then queue normal work, then urgent work; then free one thread only, so
            // that one thread takes both from the queue and the order they ran in is the order taken.
            List<CompletableFuture<Boolean>> blockers = java.util.stream.IntStream.range(0, threads)
                    .mapToObj(i -> steps.submit(() -> await(i == 0 ? releaseOne : releaseRest))).toList();
            CompletableFuture<String> normal = steps.submit(() -> record(order, "normal"));
            CompletableFuture<String> urgent = steps.submitUrgent(() -> record(order, "urgent"));
            releaseOne.countDown();
            StepExecutor.join(normal);
            StepExecutor.join(urgent);
            releaseRest.countDown();
            for (CompletableFuture<Boolean> b : blockers) {
                StepExecutor.join(b);
            }
        }
        assertThat(order).containsExactly("urgent", "normal");
    }

    @Test
    void workThatFailsIsRethrownAsItWasThrown() {
        try (StepExecutor steps = new StepExecutor()) {
            CompletableFuture<String> io = steps.submit(() -> {
                throw new IOException("disk full");
            });
            assertThatThrownBy(() -> StepExecutor.join(io)).isExactlyInstanceOf(IOException.class)
                    .hasMessage("disk full");
            CompletableFuture<String> bad = steps.submit(() -> {
                throw new IllegalArgumentException("bad value");
            });
            assertThatThrownBy(() -> StepExecutor.join(bad.thenApply(s -> s + "!")))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("bad value");
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String record(List<String> order, String name) {
        order.add(name);
        return name;
    }
}

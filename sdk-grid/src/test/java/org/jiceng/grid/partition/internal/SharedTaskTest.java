package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A task offered to an executor runs once, on a free worker or on the thread asking for its value. */
class SharedTaskTest {

    @Test
    void theAskingThreadComputesTheValueWhenNoWorkerTakesTheTask() {
        List<Runnable> queued = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        SharedTask<String> task = SharedTask.offer(() -> {
            runs.incrementAndGet();
            return Thread.currentThread().getName();
        }, queued::add);

        assertThat(task.get()).isEqualTo(Thread.currentThread().getName());
        queued.forEach(Runnable::run);
        assertThat(task.get()).isEqualTo(Thread.currentThread().getName());
        assertThat(runs).hasValue(1);
    }

    @Test
    void theAskingThreadDoesNotWaitBehindWorkThatOccupiesThePool() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            SharedTask<Integer> task = SharedTask.offer(() -> 6 * 7, pool);
            assertThat(task.get()).isEqualTo(42);
        } finally {
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aWorkerThatTookTheTaskFirstGivesTheValue() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            SharedTask<String> task = SharedTask.offer(() -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Thread.currentThread().getName();
            }, pool);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            assertThat(task.get()).isNotEqualTo(Thread.currentThread().getName());
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void whatTheComputationThrowsReachesTheAskingThreadAsThrown() {
        SharedTask<Integer> task = SharedTask.offer(() -> {
            throw new IllegalStateException("grid 3 is empty");
        }, Runnable::run);

        assertThatThrownBy(task::get).isInstanceOf(IllegalStateException.class).hasMessage("grid 3 is empty");
    }
}

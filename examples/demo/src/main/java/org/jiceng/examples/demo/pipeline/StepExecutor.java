package org.jiceng.examples.demo.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jiceng.examples.demo.concurrent.Futures;

/**
 * A small pool for the pipeline's independent steps and export files: one thread per core. Steps are
 * chained as futures (a step starts when its inputs are ready, never blocking a pool thread on another);
 * work that other steps wait for can jump the queue. The pipeline reads every result in a fixed order, so
 * the output does not depend on which step finishes first.
 */
final class StepExecutor implements AutoCloseable {

    /** Work that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface Work<T> {
        T get() throws IOException;
    }

    private final ThreadPoolExecutor pool;
    private final AtomicLong submitted = new AtomicLong();

    StepExecutor() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "jiceng-demo-step-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param work the work
     * @param <T> its result
     * @return its future, queued behind the work submitted before it
     */
    <T> CompletableFuture<T> submit(Work<T> work) {
        return submit(work, false);
    }

    /**
     * Work on the way to the end of the run (it waited for other steps, and others wait for it): it runs
     * before all work queued with {@link #submit(Work)}.
     *
     * @param work the work
     * @param <T> its result
     * @return its future
     */
    <T> CompletableFuture<T> submitUrgent(Work<T> work) {
        return submit(work, true);
    }

    private <T> CompletableFuture<T> submit(Work<T> work, boolean urgent) {
        long order = submitted.incrementAndGet();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> pool.execute(new Queued(task, urgent, order)));
    }

    /** A task in the queue: urgent ones first, then in submission order. */
    private record Queued(Runnable task, boolean urgent, long order) implements Runnable, Comparable<Queued> {
        @Override
        public void run() {
            task.run();
        }

        @Override
        public int compareTo(Queued o) {
            return urgent != o.urgent ? (urgent ? -1 : 1) : Long.compare(order, o.order);
        }
    }

    /**
     * Waits for a result; the failure of the work is rethrown as it was thrown.
     *
     * @param future the future
     * @param <T> its result
     * @return the result
     * @throws IOException when the work failed with one
     */
    static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return Futures.join(future);
        } catch (UncheckedIOException u) {
            throw u.getCause();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package org.jiceng.grid.partition.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A computation offered to an executor and run by whichever thread gets to it first: a worker that is
 * free, or the thread that asks for the value ({@link #get}) while the task still waits in the queue. So
 * the asking thread never waits behind other queued work, and nothing deadlocks when the pool is busy
 * (on two cores the common pool has one worker). The value does not depend on the thread.
 *
 * @param <T> the value
 */
final class SharedTask<T> {

    private final Supplier<T> work;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> value = new CompletableFuture<>();

    private SharedTask(Supplier<T> work) {
        this.work = work;
    }

    /**
     * @param work the computation
     * @param executor where it is offered
     * @return the task, already offered
     */
    static <T> SharedTask<T> offer(Supplier<T> work, Executor executor) {
        SharedTask<T> task = new SharedTask<>(work);
        executor.execute(task::runIfUnclaimed);
        return task;
    }

    /**
     * @return the value, computed on this thread when no other has started it
     * @throws RuntimeException what the computation threw, as thrown there
     */
    T get() {
        runIfUnclaimed();
        return PartitionPipeline.join(value);
    }

    private void runIfUnclaimed() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        try {
            value.complete(work.get());
        } catch (RuntimeException | Error e) {
            value.completeExceptionally(e);
        }
    }
}

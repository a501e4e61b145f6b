package org.jiceng.examples.demo.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Waits for a future and rethrows its failure as it was thrown, not wrapped. */
public final class Futures {

    private Futures() {
    }

    /**
     * Waits for a result. A {@link RuntimeException} or {@link Error} of the work is rethrown as is (also
     * when a {@link CompletionException} of a dependent stage wraps it); a checked one, which a
     * {@link CompletableFuture} can only carry when completed by hand, in an {@link IllegalStateException}.
     *
     * @param future the future
     * @param <T> its result
     * @return the result
     * @throws IllegalStateException when interrupted while waiting (the interrupt flag is set again)
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a step", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause()
                    : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}

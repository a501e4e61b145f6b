package org.jiceng.examples.demo.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jiceng.cases.Case;
import org.jiceng.core.store.AppendResult;
import org.jiceng.core.model.Event;
import org.jiceng.examples.demo.Language;
import org.jiceng.examples.demo.Messages;
import org.jiceng.examples.demo.concurrent.Futures;
import org.jiceng.examples.demo.pipeline.DemoPipeline;
import org.jiceng.examples.demo.pipeline.DemoResult;
import org.jiceng.examples.demo.pipeline.Progress;

/**
 * The store step of the main job. The database is started (embedded) or connected and migrated (a server)
 * on a thread of its own as soon as the run starts, so that its start overlaps the pipeline; the events are
 * stored as soon as they are generated and the cases with their trails as soon as the pipeline has located
 * them, one after the other on the store's own thread, while the pipeline runs its steps, exports and
 * reports. With {@code --db none} nothing is started.
 */
public final class StoreStep implements AutoCloseable {

    private final Optional<CompletableFuture<DemoDatabase>> database;
    private final Progress progress;
    /** The store's one thread: the events first, then the cases. */
    private final ExecutorService storeThread;
    /** The events being stored, once the pipeline has them. */
    private volatile Optional<CompletableFuture<AppendResult>> storingEvents = Optional.empty();
    /** The cases and events being stored, once the pipeline has them. */
    private volatile Optional<CompletableFuture<PersistStep.Result>> storing = Optional.empty();
    /** Whether a failure was already thrown by {@link #store}, so that {@link #close} does not throw it again. */
    private boolean failureThrown;

    private StoreStep(Optional<CompletableFuture<DemoDatabase>> database, Progress progress) {
        this.database = database;
        this.progress = progress;
        this.storeThread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "jiceng-demo-store");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the database in the background.
     *
     * @param db the {@code --db} value: {@link DemoDatabase#EMBEDDED}, {@link DemoDatabase#NONE} or a JDBC URL
     * @param out the output folder (the embedded database lives in {@code out/db})
     * @param progress where to report progress
     * @return the step, its database starting
     */
    public static StoreStep start(String db, Path out, Progress progress) {
        if (db.equals(DemoDatabase.NONE)) {
            return new StoreStep(Optional.empty(), progress);
        }
        CompletableFuture<DemoDatabase> starting = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                starting.complete(db.equals(DemoDatabase.EMBEDDED) ? DemoDatabase.embedded(out.resolve("db"), true)
                        : DemoDatabase.server(db));
            } catch (RuntimeException | Error e) {
                starting.completeExceptionally(e);
            }
        }, "jiceng-demo-database");
        t.setDaemon(true);
        t.start();
        return new StoreStep(Optional.of(starting), progress);
    }

    /**
     * Starts storing the events as soon as the database is up, on the store's own thread, while the pipeline
     * goes on ({@link DemoPipeline.Listener}).
     *
     * @param events the run's events
     */
    public synchronized void eventsReady(List<Event> events) {
        if (storingEvents.isPresent()) {
            return;
        }
        database.ifPresent(starting -> storingEvents = Optional.of(starting.thenApplyAsync(db -> {
            progress.start("store", "storing events, then cases and trails, in PostgreSQL");
            return PersistStep.events(db, events);
        }, storeThread)));
    }

    /**
     * Starts storing the cases with their trails once the events are stored (started now if
     * {@link #eventsReady} was not called), on the store's own thread, while the pipeline goes on
     * ({@link DemoPipeline.Listener}).
     *
     * @param cases the run's cases, located
     * @param events the run's events
     */
    public synchronized void casesReady(List<Case> cases, List<Event> events) {
        eventsReady(events);
        storingEvents.ifPresent(appending -> storing = Optional.of(appending.thenApplyAsync(
                appended -> PersistStep.cases(Futures.join(database.orElseThrow()), cases, appended), storeThread)));
    }

    /** @return a listener that tells this step when the events and the cases are ready */
    public DemoPipeline.Listener listener() {
        return new DemoPipeline.Listener() {
            @Override
            public void eventsReady(List<Event> events) {
                StoreStep.this.eventsReady(events);
            }

            @Override
            public void casesReady(List<Case> cases, List<Event> events) {
                StoreStep.this.casesReady(cases, events);
            }
        };
    }

    /**
     * Waits for the cases, trails and events to be stored (started by {@link #casesReady}, or now) and every
     * chain verified, when a database was asked for.
     *
     * @param result the pipeline's result
     * @param messages the catalogue of the run's language
     * @return the summary line for stdout, or empty with {@code --db none}
     */
    public Optional<String> store(DemoResult result, Messages messages) {
        if (database.isEmpty()) {
            return Optional.empty();
        }
        if (storing.isEmpty()) {
            casesReady(result.cases(), result.district().dataset().events());
        }
        DemoDatabase db;
        PersistStep.Result stored;
        try {
            db = Futures.join(database.get());
            stored = Futures.join(storing.orElseThrow());
        } catch (RuntimeException | Error e) {
            failureThrown = true;
            throw e;
        }
        String detail = stored.describe(db.description(messages), messages);
        progress.end("store", detail);
        String status = stored.verification().isIntact() ? "DONE" : "FAILED";
        return Optional.of(messages.get("msg.summary.step", messages.language() == Language.EN ? "store"
                : messages.get("msg.step.store"), messages.get("msg.status." + status), detail));
    }

    /**
     * Stops the embedded database, waiting for its start to finish first. A start that failed and was not
     * reported by {@link #store} (the pipeline failed first) is thrown here, so it is not lost.
     */
    @Override
    public void close() {
        try {
            stopDatabase();
        } finally {
            // Only now: work chained on the database's start is handed to this thread when the start completes.
            storeThread.shutdown();
        }
    }

    private void stopDatabase() {
        if (database.isEmpty()) {
            return;
        }
        DemoDatabase db;
        try {
            db = Futures.join(database.get());
        } catch (RuntimeException | Error e) {
            if (failureThrown) {
                return;
            }
            throw e;
        }
        try {
            // A pipeline that failed after the events or the cases were ready leaves the store running: let it
            // finish first.
            storing.ifPresent(s -> s.handle((r, e) -> r).join());
            storingEvents.ifPresent(s -> s.handle((r, e) -> r).join());
        } finally {
            db.close();
        }
    }
}

package org.jiceng.scoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.Scorecards;
import org.jspecify.annotations.Nullable;

/**
 * Scores a stream of events grouped by subject in batches of whole subjects: reads events until a
 * batch holds at least {@code batchEvents} and the subject changes, scores the batch in one pass, and
 * hands out its scorecards (in subject-id order within the batch) before reading further. Memory is
 * one batch, whatever the length of the stream.
 */
public final class SubjectBatches implements Iterator<Scorecard> {

    private final Iterator<Event> input;
    private final Function<List<Event>, Scorecards> scorer;
    private final int batchEvents;
    private final Set<String> finished = new HashSet<>();
    private @Nullable Event pending;
    private Iterator<Scorecard> current = List.<Scorecard>of().iterator();
    private long batches;

    /**
     * @param input events, all of one subject together
     * @param scorer scores one batch (the engine, at a fixed {@code asOf} and options)
     * @param batchEvents events per batch before the next subject boundary ends it, at least 1
     */
    public SubjectBatches(Iterator<Event> input, Function<List<Event>, Scorecards> scorer, int batchEvents) {
        if (batchEvents < 1) {
            throw new IllegalArgumentException("batchEvents must be >= 1, was " + batchEvents);
        }
        this.input = input;
        this.scorer = scorer;
        this.batchEvents = batchEvents;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (pending == null && !input.hasNext()) {
                return false;
            }
            current = scorer.apply(nextBatch()).bySubject().values().iterator();
            batches++;
        }
        return true;
    }

    @Override
    public Scorecard next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** @return how many batches were scored so far */
    public long batches() {
        return batches;
    }

    private List<Event> nextBatch() {
        List<Event> batch = new ArrayList<>(batchEvents + 64);
        String subject = null;
        while (pending != null || input.hasNext()) {
            Event e = pending != null ? pending : input.next();
            pending = null;
            if (e == null) {
                throw new NullPointerException("event " + (batch.size() + 1) + " of batch " + (batches + 1) + " is null");
            }
            if (!e.subjectId().equals(subject)) {
                if (subject != null) {
                    finished.add(subject);
                    if (batch.size() >= batchEvents) {
                        pending = e;
                        break;
                    }
                }
                subject = e.subjectId();
                if (finished.contains(subject)) {
                    throw new IllegalArgumentException("events are not grouped by subject: subject '" + subject
                            + "' appears again at event '" + e.id() + "' after other subjects; group (or sort) the"
                            + " events by subject id first");
                }
            }
            batch.add(e);
        }
        return batch;
    }
}

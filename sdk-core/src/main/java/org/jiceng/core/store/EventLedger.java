package org.jiceng.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.jiceng.core.model.Event;

/**
 * The append-only points ledger: every {@link Event} once, by id.
 *
 * <p>Contract (checked by {@code org.jiceng.testkit.store.EventLedgerCompatibilityKit}):
 * <ul>
 *   <li>appending is idempotent: an event whose id is stored, with the same content, is skipped and
 *       counted as already present; the same id with different content is refused with an
 *       {@link EventConflictException} naming it, and nothing of that call is stored;</li>
 *   <li>a call that returns has stored all its new events durably; a call that throws stored none;</li>
 *   <li>events are read back equal to what was appended, ordered by time, then id.</li>
 * </ul>
 */
public interface EventLedger {

    /**
     * @param events events to store, in any order
     * @return how many were new and how many were stored already
     * @throws EventConflictException when an id is stored (or offered twice) with different content
     */
    AppendResult append(Collection<Event> events);

    /**
     * @param subjectId a subject (member, unit, organisation …)
     * @param upTo the latest time included
     * @return the subject's events at or before {@code upTo}, by time then id
     */
    List<Event> eventsOf(String subjectId, Instant upTo);

    /**
     * Streams the events of a period by time, then id. The stream may hold a connection: close it.
     *
     * @param from inclusive
     * @param before exclusive
     * @return the events with {@code from <= time < before}
     */
    Stream<Event> stream(Instant from, Instant before);

    /** @return the number of stored events */
    long count();
}

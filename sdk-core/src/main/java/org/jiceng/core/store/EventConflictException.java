package org.jiceng.core.store;

import org.jiceng.core.model.Event;

/**
 * Thrown when an event id is offered with content that differs from the event stored (or offered
 * earlier in the same call) under that id: the ledger never replaces a value in silence.
 */
public final class EventConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The event kept. */
    @SuppressWarnings("serial")
    private final Event stored;
    /** The event refused. */
    @SuppressWarnings("serial")
    private final Event offered;

    /**
     * @param stored the event kept under the id
     * @param offered the different event refused
     */
    public EventConflictException(Event stored, Event offered) {
        super("Event " + stored.id() + " is stored as " + stored + "; refused a different event with the same id: "
                + offered + " (事件编号重复但内容不同)");
        this.stored = stored;
        this.offered = offered;
    }

    /** @return the event kept under the id */
    public Event stored() {
        return stored;
    }

    /** @return the refused event */
    public Event offered() {
        return offered;
    }
}

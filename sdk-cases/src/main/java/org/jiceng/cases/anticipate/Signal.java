package org.jiceng.cases.anticipate;

import static org.jiceng.core.internal.Checks.nonBlank;
import static org.jiceng.core.internal.Checks.nonNull;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One demand seen in one grid for one situation on one day: a case received, or a situation raised on a
 * household visit. A visit raising two situations gives two signals with the visit's id.
 *
 * @param id the id of the case or visit
 * @param source whether it comes from a case or a visit
 * @param gridId the grid
 * @param situation the situation code
 * @param date the Asia/Shanghai day it was received or noted
 */
public record Signal(String id, Source source, String gridId, String situation, LocalDate date) {

    /** Total order used wherever signals are listed: day, then source, id and situation. */
    public static final Comparator<Signal> ORDER = Comparator.comparing(Signal::date).thenComparing(Signal::source)
            .thenComparing(Signal::id).thenComparing(Signal::situation).thenComparing(Signal::gridId);

    /**
     * Checks every component is present.
     *
     * @param id the id of the case or visit
     * @param source whether it comes from a case or a visit
     * @param gridId the grid
     * @param situation the situation code
     * @param date the Asia/Shanghai day it was received or noted
     */
    public Signal {
        nonBlank(id, "Signal id");
        nonNull(source, "Signal " + id + " source");
        nonBlank(gridId, "Signal " + id + " gridId");
        nonBlank(situation, "Signal " + id + " situation");
        nonNull(date, "Signal " + id + " date");
    }

    /** Where a signal comes from. */
    public enum Source {
        /** A case (whistle or complaint). */
        CASE,
        /** A household visit (民情日记). */
        VISIT
    }
}

package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

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
    public static final Comparator<Signal> ORDER = Signal::compare;

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

    private static int compare(Signal a, Signal b) {
        int c = a.date.compareTo(b.date);
        if (c == 0) {
            c = a.source.compareTo(b.source);
        }
        if (c == 0) {
            c = a.id.compareTo(b.id);
        }
        if (c == 0) {
            c = a.situation.compareTo(b.situation);
        }
        return c != 0 ? c : a.gridId.compareTo(b.gridId);
    }

    /** Where a signal comes from. */
    public enum Source {
        /** A case (whistle or complaint). */
        CASE,
        /** A household visit (民情日记). */
        VISIT
    }
}

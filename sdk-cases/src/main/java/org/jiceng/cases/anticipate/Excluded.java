package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

/**
 * An input record (or one situation of a visit) that gave no signal, and why: every case and visit is
 * either counted or listed with its reason, nothing is dropped in silence.
 *
 * @param id the id of the case or visit
 * @param source whether it is a case or a visit
 * @param reason why it is not counted, e.g. {@code no grid}
 */
public record Excluded(String id, Signal.Source source, String reason) {

    /**
     * Checks every component is present.
     *
     * @param id the id of the case or visit
     * @param source whether it is a case or a visit
     * @param reason why it is not counted
     */
    public Excluded {
        nonBlank(id, "Excluded id");
        nonNull(source, "Excluded " + id + " source");
        nonBlank(reason, "Excluded " + id + " reason");
    }
}

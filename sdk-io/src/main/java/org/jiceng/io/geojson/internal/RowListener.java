package org.jiceng.io.geojson.internal;

import java.util.List;

/** Receives the outcome of every row (JSON object) of a JSON import, in document order. Not API. */
public interface RowListener {

    /**
     * @param row the row
     * @param records the records the row produced (one, or two for a Popolo person who is a party member)
     * @return false to stop reading
     */
    boolean accepted(JsonRow row, List<Record> records);

    /**
     * What was done to values of a row that is then accepted (repairs, normalisations); called just
     * before {@link #accepted}, only when there is something to tell. The default ignores them.
     *
     * @param row the row
     * @param notes one per value changed, in order
     */
    default void noted(JsonRow row, List<JsonNote> notes) {
    }

    /**
     * @param row the row
     * @param problems why it was rejected, at least one
     * @return false to stop reading (stop on first error, or too many errors)
     */
    boolean rejected(JsonRow row, List<JsonProblem> problems);
}

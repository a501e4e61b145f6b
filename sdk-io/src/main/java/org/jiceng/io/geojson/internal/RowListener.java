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
     * @param row the row
     * @param problems why it was rejected, at least one
     * @return false to stop reading (stop on first error, or too many errors)
     */
    boolean rejected(JsonRow row, List<JsonProblem> problems);
}

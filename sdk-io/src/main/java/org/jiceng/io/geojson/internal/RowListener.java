package org.jiceng.io.geojson.internal;

import java.util.List;

/** Receives the outcome of every row (JSON object) of a JSON import, in document order. Not API. */
public interface RowListener {

    /**
     * @param pointer the row's JSON pointer
     * @param records the records the row produced (one, or two for a Popolo person who is a party member)
     */
    void accepted(String pointer, List<Record> records);

    /**
     * @param pointer the row's JSON pointer
     * @param problems why it was rejected, at least one
     * @return false to stop reading (stop on first error, or too many errors)
     */
    boolean rejected(String pointer, List<JsonProblem> problems);
}

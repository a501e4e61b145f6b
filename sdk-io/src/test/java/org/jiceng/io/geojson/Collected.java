package org.jiceng.io.geojson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.io.geojson.internal.JsonProblem;
import org.jiceng.io.geojson.internal.JsonRow;
import org.jiceng.io.geojson.internal.RowListener;

/** A row listener that remembers every outcome, for tests. */
public final class Collected implements RowListener {

    /** Accepted row pointers. */
    public final List<String> accepted = new ArrayList<>();
    /** Rejected row pointers and their problems. */
    public final Map<String, List<JsonProblem>> rejected = new LinkedHashMap<>();
    private final boolean keepGoing;

    /** @param keepGoing false to stop at the first rejected row */
    public Collected(boolean keepGoing) {
        this.keepGoing = keepGoing;
    }

    /** @return a listener that collects all rows */
    public static Collected all() {
        return new Collected(true);
    }

    @Override
    public boolean accepted(JsonRow row, List<Record> records) {
        accepted.add(row.pointer());
        return true;
    }

    @Override
    public boolean rejected(JsonRow row, List<JsonProblem> problems) {
        rejected.put(row.pointer(), problems);
        return keepGoing;
    }

    /** @return the constraints broken, over all rejected rows */
    public List<String> constraints() {
        return rejected.values().stream().flatMap(List::stream).map(JsonProblem::constraint).toList();
    }
}

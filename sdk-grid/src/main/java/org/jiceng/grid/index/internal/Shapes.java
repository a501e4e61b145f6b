package org.jiceng.grid.index.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jiceng.grid.index.GridShape;

/** Input handling shared by the built-in indexes. Not API. */
public final class Shapes {

    private Shapes() {
    }

    /**
     * Sorts shapes into tie-rule order (ascending id) and rejects duplicate ids and null elements.
     *
     * @param shapes the shapes in any order
     * @return an immutable list in ascending id order
     * @throws IllegalArgumentException when two shapes share an id
     */
    public static List<GridShape> sortedById(Collection<GridShape> shapes) {
        Objects.requireNonNull(shapes, "shapes");
        List<GridShape> sorted = new ArrayList<>(shapes.size());
        for (GridShape shape : shapes) {
            sorted.add(Objects.requireNonNull(shape, "shapes must not contain null"));
        }
        sorted.sort(Comparator.comparing(GridShape::gridId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).gridId().equals(sorted.get(i - 1).gridId())) {
                throw new IllegalArgumentException("Duplicate grid id '" + sorted.get(i).gridId()
                        + "': each grid may appear only once in an index");
            }
        }
        return List.copyOf(sorted);
    }

    /**
     * Rejects non-finite query coordinates.
     *
     * @param lon longitude
     * @param lat latitude
     * @throws IllegalArgumentException when either is NaN or infinite
     */
    public static void checkFinite(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new IllegalArgumentException("Query point (" + lon + ", " + lat + ") must have finite lon/lat");
        }
    }
}

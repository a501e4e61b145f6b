package org.jiceng.examples.demo.generate;

import java.util.List;

/**
 * A generated river as a polyline of lon/lat vertices.
 *
 * @param id identifier
 * @param name name, e.g. {@code 船房河}
 * @param lons vertex longitudes
 * @param lats vertex latitudes, same length as {@code lons}
 */
public record River(String id, String name, List<Double> lons, List<Double> lats) {

    /** Copies the vertex lists and checks that they pair up into a line. */
    public River {
        lons = List.copyOf(lons);
        lats = List.copyOf(lats);
        if (lons.size() != lats.size() || lons.size() < 2) {
            throw new IllegalArgumentException("River " + id + " needs at least 2 vertices with both coordinates, got "
                    + lons.size() + " lons and " + lats.size() + " lats");
        }
    }

    /** @return the number of vertices */
    public int size() {
        return lons.size();
    }
}

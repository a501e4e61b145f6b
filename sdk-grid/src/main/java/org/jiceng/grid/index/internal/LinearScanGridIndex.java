package org.jiceng.grid.index.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridShape;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;

/**
 * Baseline index: tests every grid in id order with JTS's {@link SimplePointInAreaLocator}; the first
 * grid that covers the point owns it (lowest-id tie rule). O(K) per lookup. Not API.
 */
public final class LinearScanGridIndex implements GridIndex {

    private final String providerName;
    private final List<GridShape> shapes;
    private final Envelope[] envelopes;

    /**
     * @param providerName the name of the provider building it
     * @param shapes the grids in any order
     */
    public LinearScanGridIndex(String providerName, Collection<GridShape> shapes) {
        this.providerName = providerName;
        this.shapes = Shapes.sortedById(shapes);
        this.envelopes = this.shapes.stream().map(s -> s.geometry().getEnvelopeInternal()).toArray(Envelope[]::new);
    }

    @Override
    public Optional<String> locate(double lon, double lat) {
        return locateShape(lon, lat).map(GridShape::gridId);
    }

    @Override
    public Optional<GridShape> locateShape(double lon, double lat) {
        Shapes.checkFinite(lon, lat);
        Coordinate p = new Coordinate(lon, lat);
        for (int i = 0; i < envelopes.length; i++) {
            if (covers(i, p)) {
                return Optional.of(shapes.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> covering(double lon, double lat) {
        Shapes.checkFinite(lon, lat);
        Coordinate p = new Coordinate(lon, lat);
        List<String> ids = new ArrayList<>(2);
        for (int i = 0; i < envelopes.length; i++) {
            if (covers(i, p)) {
                ids.add(shapes.get(i).gridId());
            }
        }
        return List.copyOf(ids);
    }

    private boolean covers(int i, Coordinate p) {
        return envelopes[i].covers(p.x, p.y)
                && SimplePointInAreaLocator.locate(p, shapes.get(i).geometry()) != Location.EXTERIOR;
    }

    @Override
    public List<GridShape> shapes() {
        return shapes;
    }

    @Override
    public String providerName() {
        return providerName;
    }

    @Override
    public String toString() {
        return "LinearScanGridIndex[" + shapes.size() + " grids]";
    }
}

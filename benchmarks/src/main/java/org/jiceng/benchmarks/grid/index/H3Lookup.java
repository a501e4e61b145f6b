package org.jiceng.benchmarks.grid.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.uber.h3core.AreaUnit;
import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import org.jiceng.grid.index.GridIndex;
import org.locationtech.jts.geom.Envelope;

/**
 * The approximate speed reference of {@link GridLocateBenchmark}: every H3 cell of one resolution over
 * the area is given the grid of its centre (found with an exact index), and a query answers with its
 * H3 cell's grid. One {@code latLngToCell} and one probe of a primitive open-addressing hash table per
 * lookup. Points near grid borders get the neighbour's grid, so the answers are approximate: the
 * benchmark prints the error rate against the exact answers.
 */
final class H3Lookup {

    private static final int NO_GRID = -1;

    private final H3Core h3;
    private final int resolution;
    private final long[] keys;
    private final int[] values;
    private final int mask;

    /**
     * @param exact the exact index that labels each H3 cell by its centre
     * @param area the area to cover (the benchmark's query box)
     * @param cellsPerGrid the wanted number of H3 cells per grid; picks the resolution whose average
     *     hexagon is closest to (area / K) / cellsPerGrid
     */
    H3Lookup(GridIndex exact, Envelope area, double cellsPerGrid) {
        try {
            h3 = H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("H3 native library could not be loaded", e);
        }
        double gridKm2 = area.getWidth() * 111.0 * Math.cos(Math.toRadians(area.centre().y)) * area.getHeight() * 111.0
                / exact.size();
        int res = 0;
        while (res < 15 && h3.getHexagonAreaAvg(res + 1, AreaUnit.km2) > gridKm2 / cellsPerGrid) {
            res++;
        }
        resolution = res + 1 <= 15 ? res + 1 : 15;
        // Cells whose centre is just outside the box still hold points of the box: grow it by two edges.
        double grow = 2 * h3.getHexagonEdgeLengthAvg(resolution, com.uber.h3core.LengthUnit.km) / 111.0
                / Math.cos(Math.toRadians(area.getMaxY()));
        Envelope grown = new Envelope(area);
        grown.expandBy(grow);
        List<LatLng> box = List.of(new LatLng(grown.getMinY(), grown.getMinX()), new LatLng(grown.getMinY(), grown.getMaxX()),
                new LatLng(grown.getMaxY(), grown.getMaxX()), new LatLng(grown.getMaxY(), grown.getMinX()));
        List<Long> cells = h3.polygonToCells(box, List.of(), resolution);
        int capacity = Integer.highestOneBit(Math.max(16, cells.size() * 2)) * 2;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        List<String> ids = exact.shapes().stream().map(s -> s.gridId()).toList();
        for (long cell : cells) {
            LatLng c = h3.cellToLatLng(cell);
            int value = exact.locate(c.lng, c.lat).map(id -> java.util.Collections.binarySearch(ids, id)).orElse(NO_GRID);
            put(cell, value);
        }
    }

    private void put(long key, int value) {
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** @return the rank (position in id order) of the grid of the point's H3 cell, or -1 for none */
    int locateRank(double lon, double lat) {
        long key = h3.latLngToCell(lat, lon, resolution);
        int i = slot(key);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return NO_GRID;
    }

    /** @return the H3 resolution used */
    int resolution() {
        return resolution;
    }
}

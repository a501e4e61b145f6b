package org.jiceng.grid.index;

import java.util.Locale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A test coverage: an nx-by-ny lattice of quadrilateral grids over a rectangle whose interior
 * vertices are jittered. Coordinates are multiples of 2^-16 degree near (116, 39.5), so vertices,
 * edge midpoints and quarter points are exactly representable and lie exactly on the edges. Grid ids
 * are a random permutation, so the id order (tie rule) is unrelated to position.
 */
public final class LatticeCoverage {

    /** One lattice step in coordinate units (2^-16 degree): 2^-8 degree, about 400 m of latitude. */
    public static final int STEP = 256;
    /** Coordinate unit in degrees. */
    public static final double UNIT = 1.0 / 65536;
    /** Origin longitude. */
    public static final double LON0 = 116.0;
    /** Origin latitude. */
    public static final double LAT0 = 39.5;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final int nx;
    private final int ny;
    private final long[][] vx;
    private final long[][] vy;
    private final String[][] ids;
    private final List<GridShape> shapes = new ArrayList<>();

    /**
     * @param nx cells along x (>= 1)
     * @param ny cells along y (>= 1)
     * @param seed random seed for jitter and ids
     */
    public LatticeCoverage(int nx, int ny, long seed) {
        this.nx = nx;
        this.ny = ny;
        Random random = new Random(seed);
        vx = new long[nx + 1][ny + 1];
        vy = new long[nx + 1][ny + 1];
        int maxJitter = STEP / 4 - 1;
        for (int i = 0; i <= nx; i++) {
            for (int j = 0; j <= ny; j++) {
                boolean interiorX = i > 0 && i < nx;
                boolean interiorY = j > 0 && j < ny;
                // Boundary vertices move only along the boundary, so the union stays the rectangle.
                vx[i][j] = (long) i * STEP + (interiorX ? random.nextInt(2 * maxJitter + 1) - maxJitter : 0);
                vy[i][j] = (long) j * STEP + (interiorY ? random.nextInt(2 * maxJitter + 1) - maxJitter : 0);
            }
        }
        List<Integer> numbers = new ArrayList<>();
        for (int k = 0; k < nx * ny; k++) {
            numbers.add(k);
        }
        Collections.shuffle(numbers, random);
        ids = new String[nx][ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                ids[i][j] = String.format(Locale.ROOT, "G%05d", numbers.get(i * ny + j));
                Coordinate[] ring = {vertex(i, j), vertex(i + 1, j), vertex(i + 1, j + 1), vertex(i, j + 1), vertex(i, j)};
                shapes.add(new GridShape(ids[i][j], FACTORY.createPolygon(ring)));
            }
        }
    }

    /** @return the shapes, in lattice order (not id order) */
    public List<GridShape> shapes() {
        return List.copyOf(shapes);
    }

    /** @return cells along x */
    public int nx() {
        return nx;
    }

    /** @return cells along y */
    public int ny() {
        return ny;
    }

    /** @return the id of cell (i, j) */
    public String id(int i, int j) {
        return ids[i][j];
    }

    /** @return lattice vertex (i, j) in degrees */
    public Coordinate vertex(int i, int j) {
        return new Coordinate(LON0 + vx[i][j] * UNIT, LAT0 + vy[i][j] * UNIT);
    }

    /** @return the point at fraction {@code quarters/4} from vertex a to vertex b, exact */
    public Coordinate along(int ai, int aj, int bi, int bj, int quarters) {
        double x = LON0 + (vx[ai][aj] * (4 - quarters) + vx[bi][bj] * quarters) * (UNIT / 4);
        double y = LAT0 + (vy[ai][aj] * (4 - quarters) + vy[bi][bj] * quarters) * (UNIT / 4);
        return new Coordinate(x, y);
    }

    /** @return the smallest id among the cells (i, j) listed that exist in the lattice */
    public String minIdOf(int[][] cells) {
        String best = null;
        for (int[] c : cells) {
            if (c[0] >= 0 && c[0] < nx && c[1] >= 0 && c[1] < ny) {
                String id = ids[c[0]][c[1]];
                if (best == null || id.compareTo(best) < 0) {
                    best = id;
                }
            }
        }
        return best;
    }

    /** @return the cells incident to vertex (i, j) (some may be outside the lattice) */
    public static int[][] cellsAtVertex(int i, int j) {
        return new int[][] {{i - 1, j - 1}, {i, j - 1}, {i - 1, j}, {i, j}};
    }

    /** @return min lon of the covered rectangle */
    public double minLon() {
        return LON0;
    }

    /** @return max lon of the covered rectangle */
    public double maxLon() {
        return LON0 + (double) nx * STEP * UNIT;
    }

    /** @return min lat of the covered rectangle */
    public double minLat() {
        return LAT0;
    }

    /** @return max lat of the covered rectangle */
    public double maxLat() {
        return LAT0 + (double) ny * STEP * UNIT;
    }
}

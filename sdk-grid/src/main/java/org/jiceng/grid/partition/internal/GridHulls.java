package org.jiceng.grid.partition.internal;

import org.jiceng.grid.partition.PlanarPoints;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Convex hulls of each grid's points in projected metres and their Polsby-Popper compactness. */
public final class GridHulls {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Geometry[] hulls;
    private final double[] compactness;

    private GridHulls(Geometry[] hulls, double[] compactness) {
        this.hulls = hulls;
        this.compactness = compactness;
    }

    /**
     * @param points the points
     * @param members point indices per grid
     * @return the hulls
     */
    public static GridHulls compute(PlanarPoints points, int[][] members) {
        Geometry[] hulls = new Geometry[members.length];
        double[] pp = new double[members.length];
        for (int g = 0; g < members.length; g++) {
            Coordinate[] coords = new Coordinate[members[g].length];
            for (int j = 0; j < coords.length; j++) {
                int i = members[g][j];
                coords[j] = new Coordinate(points.x(i), points.y(i));
            }
            Geometry hull = new ConvexHull(coords, FACTORY).getConvexHull();
            hulls[g] = hull;
            pp[g] = polsbyPopper(hull);
        }
        return new GridHulls(hulls, pp);
    }

    /**
     * @param planar a geometry in metres
     * @return 4 pi A / P^2, or 0 without area
     */
    public static double polsbyPopper(Geometry planar) {
        double area = planar.getArea();
        double perimeter = planar.getLength();
        return area > 0 && perimeter > 0 ? 4 * Math.PI * area / (perimeter * perimeter) : 0.0;
    }

    /**
     * @param g grid index
     * @return hull in metres
     */
    public Geometry hull(int g) {
        return hulls[g];
    }

    /**
     * @param g grid index
     * @return Polsby-Popper of the hull
     */
    public double compactness(int g) {
        return compactness[g];
    }

    /** @return compactness per grid (a copy) */
    public double[] compactnessAll() {
        return compactness.clone();
    }
}

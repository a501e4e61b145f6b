package org.jiceng.grid.partition.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Delaunay triangulation of distinct sites on flat arrays, by a radial sweep-hull: the sites are added in
 * order of distance from the circumcentre of a small seed triangle, each joined to the hull edges it
 * sees, and edges are flipped until every triangle is Delaunay. A hash of the hull by angle finds the
 * visible edges in O(1) expected, so the whole is O(n log n) (the sort) with small constants and no
 * objects per site: on a million buildings it takes a fraction of the time of JTS's incremental
 * triangulator with its quad-edge objects, which was most of the contiguity check.
 *
 * <p>The orientation and in-circle tests are exact: a floating-point value is used when it is larger than
 * its error bound, and otherwise the determinant is evaluated in {@link BigDecimal}. Triangles are stored
 * clockwise: triangle t has the corners {@code triangles[3t .. 3t + 2]}, half-edge e runs from
 * {@code triangles[e]} to {@code triangles[next(e)]}, and {@code halfedges[e]} is the half-edge of the
 * neighbouring triangle on the same edge (-1 on the convex hull).
 *
 * @param triangles three corners (site indices) per triangle
 * @param halfedges the opposite half-edge of each half-edge, -1 on the hull
 */
record SweepDelaunay(int[] triangles, int[] halfedges) {

    /** Relative error bound of the orientation determinant (Shewchuk's ccwerrboundA). */
    private static final double ORIENT_BOUND = (3.0 + 16.0 * Math.ulp(1.0) / 2) * Math.ulp(1.0) / 2;
    /** Relative error bound of the in-circle determinant (Shewchuk's iccerrboundA). */
    private static final double INCIRCLE_BOUND = (10.0 + 96.0 * Math.ulp(1.0) / 2) * Math.ulp(1.0) / 2;

    /** @return the half-edge after e in its triangle */
    static int next(int e) {
        return e % 3 == 2 ? e - 2 : e + 1;
    }

    /**
     * Triangulates distinct sites. When all sites are on one line there are no triangles; when a site
     * cannot be placed (it would need exact distances the sweep does not have), the result is empty and the
     * caller uses another triangulator.
     *
     * @param x x per site
     * @param y y per site (no two sites at the same (x, y))
     * @return the triangulation, or empty when the sweep could not place every site
     */
    static Optional<SweepDelaunay> of(double[] x, double[] y) {
        return new Builder(x, y).build();
    }

    /**
     * The sites of a collinear input in order along their line (each consecutive pair is an edge of the
     * degenerate triangulation).
     *
     * @param x x per site
     * @param y y per site
     * @return site indices in order along the line
     */
    static int[] alongTheLine(double[] x, double[] y) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Whether p, q, r turn counter-clockwise (y up), exactly.
     */
    static double orient(double px, double py, double qx, double qy, double rx, double ry) {
        double left = (qx - px) * (ry - py);
        double right = (qy - py) * (rx - px);
        double det = left - right;
        double bound = ORIENT_BOUND * (Math.abs(left) + Math.abs(right));
        if (Math.abs(det) > bound) {
            return det;
        }
        BigDecimal l = bd(qx).subtract(bd(px)).multiply(bd(ry).subtract(bd(py)));
        BigDecimal r = bd(qy).subtract(bd(py)).multiply(bd(rx).subtract(bd(px)));
        return l.compareTo(r);
    }

    /**
     * The in-circle determinant of p against a, b, c, exactly in sign: positive when p is inside the
     * circle through a, b, c given counter-clockwise (negative for clockwise a, b, c).
     */
    static double inCircle(double ax, double ay, double bx, double by, double cx, double cy, double px, double py) {
        double adx = ax - px;
        double ady = ay - py;
        double bdx = bx - px;
        double bdy = by - py;
        double cdx = cx - px;
        double cdy = cy - py;
        double bdxcdy = bdx * cdy;
        double cdxbdy = cdx * bdy;
        double alift = adx * adx + ady * ady;
        double cdxady = cdx * ady;
        double adxcdy = adx * cdy;
        double blift = bdx * bdx + bdy * bdy;
        double adxbdy = adx * bdy;
        double bdxady = bdx * ady;
        double clift = cdx * cdx + cdy * cdy;
        double det = alift * (bdxcdy - cdxbdy) + blift * (cdxady - adxcdy) + clift * (adxbdy - bdxady);
        double permanent = (Math.abs(bdxcdy) + Math.abs(cdxbdy)) * alift + (Math.abs(cdxady) + Math.abs(adxcdy)) * blift
                + (Math.abs(adxbdy) + Math.abs(bdxady)) * clift;
        if (Math.abs(det) > INCIRCLE_BOUND * permanent) {
            return det;
        }
        BigDecimal eAx = bd(ax).subtract(bd(px));
        BigDecimal eAy = bd(ay).subtract(bd(py));
        BigDecimal eBx = bd(bx).subtract(bd(px));
        BigDecimal eBy = bd(by).subtract(bd(py));
        BigDecimal eCx = bd(cx).subtract(bd(px));
        BigDecimal eCy = bd(cy).subtract(bd(py));
        BigDecimal la = eAx.multiply(eAx).add(eAy.multiply(eAy));
        BigDecimal lb = eBx.multiply(eBx).add(eBy.multiply(eBy));
        BigDecimal lc = eCx.multiply(eCx).add(eCy.multiply(eCy));
        BigDecimal exact = la.multiply(eBx.multiply(eCy).subtract(eCx.multiply(eBy)))
                .add(lb.multiply(eCx.multiply(eAy).subtract(eAx.multiply(eCy))))
                .add(lc.multiply(eAx.multiply(eBy).subtract(eBx.multiply(eAy))));
        return exact.signum();
    }

    private static BigDecimal bd(double v) {
        return new BigDecimal(v);
    }

    /** One triangulation run. */
    private static final class Builder {
        private final double[] x;
        private final double[] y;
        private final int n;
        private final int[] triangles;
        private final int[] halfedges;
        private int trianglesLength;
        private final int[] hullPrev;
        private final int[] hullNext;
        private final int[] hullTri;
        private final int[] hullHash;
        private final int hashSize;
        private int hullStart;
        private double centreX;
        private double centreY;
        private int[] edgeStack = new int[512];

        Builder(double[] x, double[] y) {
            this.x = x;
            this.y = y;
            this.n = x.length;
            int maxTriangles = Math.max(2 * n - 5, 0);
            this.triangles = new int[maxTriangles * 3];
            this.halfedges = new int[maxTriangles * 3];
            this.hullPrev = new int[n];
            this.hullNext = new int[n];
            this.hullTri = new int[n];
            this.hashSize = (int) Math.ceil(Math.sqrt(n));
            this.hullHash = new int[Math.max(hashSize, 1)];
        }

        Optional<SweepDelaunay> build() {
            if (n < 3) {
                return Optional.of(new SweepDelaunay(new int[0], new int[0]));
            }
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, x[i]);
                minY = Math.min(minY, y[i]);
                maxX = Math.max(maxX, x[i]);
                maxY = Math.max(maxY, y[i]);
            }
            double midX = (minX + maxX) / 2;
            double midY = (minY + maxY) / 2;
            // Seed: the site nearest the middle, its nearest site, and the site making the smallest circle.
            int i0 = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double d = dist(midX, midY, x[i], y[i]);
                if (d < best) {
                    i0 = i;
                    best = d;
                }
            }
            int i1 = 0;
            best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (i == i0) {
                    continue;
                }
                double d = dist(x[i0], y[i0], x[i], y[i]);
                if (d < best && d > 0) {
                    i1 = i;
                    best = d;
                }
            }
            int i2 = -1;
            double minRadius = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (i == i0 || i == i1 || orient(x[i0], y[i0], x[i1], y[i1], x[i], y[i]) == 0) {
                    continue;
                }
                double r = circumradius(x[i0], y[i0], x[i1], y[i1], x[i], y[i]);
                if (r < minRadius) {
                    i2 = i;
                    minRadius = r;
                }
            }
            if (i2 < 0) {
                // All sites on one line: no triangles.
                return Optional.of(new SweepDelaunay(new int[0], new int[0]));
            }
            // Clockwise seed (y up).
            if (orient(x[i0], y[i0], x[i1], y[i1], x[i2], y[i2]) > 0) {
                int t = i1;
                i1 = i2;
                i2 = t;
            }
            double[] centre = circumcentre(x[i0], y[i0], x[i1], y[i1], x[i2], y[i2]);
            centreX = centre[0];
            centreY = centre[1];
            double[] dists = new double[n];
            for (int i = 0; i < n; i++) {
                dists[i] = dist(x[i], y[i], centreX, centreY);
            }
            int[] ids = sortedByDistance(dists);
            hullStart = i0;
            hullNext[i0] = i1;
            hullPrev[i2] = i1;
            hullNext[i1] = i2;
            hullPrev[i0] = i2;
            hullNext[i2] = i0;
            hullPrev[i1] = i0;
            hullTri[i0] = 0;
            hullTri[i1] = 1;
            hullTri[i2] = 2;
            Arrays.fill(hullHash, -1);
            hullHash[hashKey(x[i0], y[i0])] = i0;
            hullHash[hashKey(x[i1], y[i1])] = i1;
            hullHash[hashKey(x[i2], y[i2])] = i2;
            addTriangle(i0, i1, i2, -1, -1, -1);
            for (int k = 0; k < n; k++) {
                int i = ids[k];
                if (i == i0 || i == i1 || i == i2) {
                    continue;
                }
                double px = x[i];
                double py = y[i];
                int start = 0;
                for (int j = 0, key = hashKey(px, py); j < hashSize; j++) {
                    start = hullHash[(key + j) % hashSize];
                    if (start != -1 && start != hullNext[start]) {
                        break;
                    }
                }
                start = hullPrev[start];
                int e = start;
                int q = hullNext[e];
                while (!(orient(px, py, x[e], y[e], x[q], y[q]) > 0)) {
                    e = q;
                    if (e == start) {
                        // Not outside the hull: only possible when rounded distances reordered sites.
                        return Optional.empty();
                    }
                    q = hullNext[e];
                }
                int t = addTriangle(e, i, hullNext[e], -1, -1, hullTri[e]);
                hullTri[i] = legalize(t + 2);
                hullTri[e] = t;
                int nx = hullNext[e];
                q = hullNext[nx];
                while (orient(px, py, x[nx], y[nx], x[q], y[q]) > 0) {
                    t = addTriangle(nx, i, q, hullTri[i], -1, hullTri[nx]);
                    hullTri[i] = legalize(t + 2);
                    hullNext[nx] = nx;
                    nx = q;
                    q = hullNext[nx];
                }
                if (e == start) {
                    q = hullPrev[e];
                    while (orient(px, py, x[q], y[q], x[e], y[e]) > 0) {
                        t = addTriangle(q, i, e, -1, hullTri[e], hullTri[q]);
                        legalize(t + 2);
                        hullTri[q] = t;
                        hullNext[e] = e;
                        e = q;
                        q = hullPrev[e];
                    }
                }
                hullStart = e;
                hullPrev[i] = e;
                hullNext[e] = i;
                hullPrev[nx] = i;
                hullNext[i] = nx;
                hullHash[hashKey(px, py)] = i;
                hullHash[hashKey(x[e], y[e])] = e;
            }
            return Optional.of(new SweepDelaunay(Arrays.copyOf(triangles, trianglesLength),
                    Arrays.copyOf(halfedges, trianglesLength)));
        }

        /** Flips edges from a until every triangle around is Delaunay; returns the half-edge now at a's place. */
        private int legalize(int a) {
            int i = 0;
            int ar;
            while (true) {
                int b = halfedges[a];
                int a0 = a - a % 3;
                ar = a0 + (a + 2) % 3;
                if (b == -1) {
                    if (i == 0) {
                        break;
                    }
                    a = edgeStack[--i];
                    continue;
                }
                int b0 = b - b % 3;
                int al = a0 + (a + 1) % 3;
                int bl = b0 + (b + 2) % 3;
                int p0 = triangles[ar];
                int pr = triangles[a];
                int pl = triangles[al];
                int p1 = triangles[bl];
                // Clockwise (p0, pr, pl): p1 is inside their circle when the determinant is negative.
                boolean illegal = inCircle(x[p0], y[p0], x[pr], y[pr], x[pl], y[pl], x[p1], y[p1]) < 0;
                if (illegal) {
                    triangles[a] = p1;
                    triangles[b] = p0;
                    int hbl = halfedges[bl];
                    if (hbl == -1) {
                        // The flipped edge was on the hull's other side: fix the hull's reference to it.
                        int e = hullStart;
                        do {
                            if (hullTri[e] == bl) {
                                hullTri[e] = a;
                                break;
                            }
                            e = hullPrev[e];
                        } while (e != hullStart);
                    }
                    link(a, hbl);
                    link(b, halfedges[ar]);
                    link(ar, bl);
                    int br = b0 + (b + 1) % 3;
                    if (i == edgeStack.length) {
                        edgeStack = Arrays.copyOf(edgeStack, i * 2);
                    }
                    edgeStack[i++] = br;
                } else {
                    if (i == 0) {
                        break;
                    }
                    a = edgeStack[--i];
                }
            }
            return ar;
        }

        private void link(int a, int b) {
            halfedges[a] = b;
            if (b != -1) {
                halfedges[b] = a;
            }
        }

        private int addTriangle(int i0, int i1, int i2, int a, int b, int c) {
            int t = trianglesLength;
            triangles[t] = i0;
            triangles[t + 1] = i1;
            triangles[t + 2] = i2;
            link(t, a);
            link(t + 1, b);
            link(t + 2, c);
            trianglesLength += 3;
            return t;
        }

        private int hashKey(double px, double py) {
            double dx = px - centreX;
            double dy = py - centreY;
            double p = dx / (Math.abs(dx) + Math.abs(dy));
            double angle = (dy > 0 ? 3 - p : 1 + p) / 4;
            int key = (int) Math.floor(angle * hashSize) % hashSize;
            return key < 0 || key >= hashSize ? 0 : key;
        }

        /** Site indices by ascending distance (ties: lower index), without boxing. */
        private static int[] sortedByDistance(double[] dists) {
            int n = dists.length;
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = i;
            }
            double[] copy = dists.clone();
            sort(copy, ids, 0, n - 1);
            return ids;
        }

        /** Quicksort of ids by dists (both permuted together), insertion sort for short ranges. */
        private static void sort(double[] d, int[] ids, int left, int right) {
            while (right - left > 20) {
                int mid = (left + right) >>> 1;
                swap(d, ids, mid, left + 1);
                if (less(d, ids, right, left)) {
                    swap(d, ids, left, right);
                }
                if (less(d, ids, right, left + 1)) {
                    swap(d, ids, left + 1, right);
                }
                if (less(d, ids, left + 1, left)) {
                    swap(d, ids, left, left + 1);
                }
                int i = left + 1;
                int j = right;
                double pivotD = d[left + 1];
                int pivotId = ids[left + 1];
                while (true) {
                    do {
                        i++;
                    } while (d[i] < pivotD || (d[i] == pivotD && ids[i] < pivotId));
                    do {
                        j--;
                    } while (d[j] > pivotD || (d[j] == pivotD && ids[j] > pivotId));
                    if (j < i) {
                        break;
                    }
                    swap(d, ids, i, j);
                }
                d[left + 1] = d[j];
                ids[left + 1] = ids[j];
                d[j] = pivotD;
                ids[j] = pivotId;
                // Recurse into the shorter side, loop on the longer: stack depth O(log n).
                if (right - i + 1 >= j - left) {
                    sort(d, ids, left, j - 1);
                    left = i;
                } else {
                    sort(d, ids, i, right);
                    right = j - 1;
                }
            }
            for (int i = left + 1; i <= right; i++) {
                double td = d[i];
                int tid = ids[i];
                int j = i - 1;
                while (j >= left && (d[j] > td || (d[j] == td && ids[j] > tid))) {
                    d[j + 1] = d[j];
                    ids[j + 1] = ids[j];
                    j--;
                }
                d[j + 1] = td;
                ids[j + 1] = tid;
            }
        }

        private static boolean less(double[] d, int[] ids, int a, int b) {
            return d[a] < d[b] || (d[a] == d[b] && ids[a] < ids[b]);
        }

        private static void swap(double[] d, int[] ids, int a, int b) {
            double td = d[a];
            d[a] = d[b];
            d[b] = td;
            int ti = ids[a];
            ids[a] = ids[b];
            ids[b] = ti;
        }
    }

    private static double dist(double ax, double ay, double bx, double by) {
        double dx = ax - bx;
        double dy = ay - by;
        return dx * dx + dy * dy;
    }

    private static double circumradius(double ax, double ay, double bx, double by, double cx, double cy) {
        double dx = bx - ax;
        double dy = by - ay;
        double ex = cx - ax;
        double ey = cy - ay;
        double bl = dx * dx + dy * dy;
        double cl = ex * ex + ey * ey;
        double d = 0.5 / (dx * ey - dy * ex);
        double rx = (ey * bl - dy * cl) * d;
        double ry = (dx * cl - ex * bl) * d;
        double r = rx * rx + ry * ry;
        return Double.isFinite(r) ? r : Double.POSITIVE_INFINITY;
    }

    /**
     * The circumcentres of triangles given as corner triples.
     *
     * @param x the sites' x
     * @param y the sites' y
     * @param triangles three site indices per triangle
     * @return x and y of each triangle's circumcentre, interleaved (not finite for a degenerate triangle)
     */
    static double[] circumcentres(double[] x, double[] y, int[] triangles) {
        double[] centres = new double[triangles.length / 3 * 2];
        for (int t = 0; t < triangles.length / 3; t++) {
            int a = triangles[3 * t];
            int b = triangles[3 * t + 1];
            int c = triangles[3 * t + 2];
            double[] centre = circumcentre(x[a], y[a], x[b], y[b], x[c], y[c]);
            centres[2 * t] = centre[0];
            centres[2 * t + 1] = centre[1];
        }
        return centres;
    }

    /**
     * @return the centre of the circle through a, b, c (not finite when they are collinear)
     */
    static double[] circumcentre(double ax, double ay, double bx, double by, double cx, double cy) {
        double dx = bx - ax;
        double dy = by - ay;
        double ex = cx - ax;
        double ey = cy - ay;
        double bl = dx * dx + dy * dy;
        double cl = ex * ex + ey * ey;
        double d = 0.5 / (dx * ey - dy * ex);
        return new double[] {ax + (ey * bl - dy * cl) * d, ay + (dx * cl - ex * bl) * d};
    }
}

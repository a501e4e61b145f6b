package org.jiceng.grid.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Gauss-Krüger (transverse Mercator) projection on the CGCS2000 ellipsoid, implemented from
 * Krüger's series in the third flattening n to order n^4 (as given by Karney 2011, "Transverse
 * Mercator with an accuracy of a few nanometres"). Within 4 degrees of the central meridian the
 * series error is far below a millimetre; the round trip is exact to about 1e-9 degree.
 *
 * <p>Scale factor 1 on the central meridian, false easting 500,000 m, no false northing and no zone
 * prefix, as in the Chinese national 3-degree and 6-degree zones. Easting and northing are in metres.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GaussKruger {

    /** CGCS2000 semi-major axis in metres. */
    public static final double CGCS2000_A = 6378137.0;
    /** CGCS2000 flattening. */
    public static final double CGCS2000_F = 1 / 298.257222101;
    /** False easting in metres. */
    public static final double FALSE_EASTING = 500_000.0;

    private static final double N = CGCS2000_F / (2 - CGCS2000_F);
    private static final double E = Math.sqrt(CGCS2000_F * (2 - CGCS2000_F));
    private static final double RECTIFYING_RADIUS =
            CGCS2000_A / (1 + N) * (1 + N * N / 4 + N * N * N * N / 64);
    private static final double[] ALPHA = {
        N / 2 - 2 * N * N / 3 + 5 * N * N * N / 16 + 41 * Math.pow(N, 4) / 180,
        13 * N * N / 48 - 3 * N * N * N / 5 + 557 * Math.pow(N, 4) / 1440,
        61 * N * N * N / 240 - 103 * Math.pow(N, 4) / 140,
        49561 * Math.pow(N, 4) / 161280,
    };
    private static final double[] BETA = {
        N / 2 - 2 * N * N / 3 + 37 * N * N * N / 96 - Math.pow(N, 4) / 360,
        N * N / 48 + N * N * N / 15 - 437 * Math.pow(N, 4) / 1440,
        17 * N * N * N / 480 - 37 * Math.pow(N, 4) / 840,
        4397 * Math.pow(N, 4) / 161280,
    };
    private static final double[] DELTA = {
        2 * N - 2 * N * N / 3 - 2 * N * N * N + 116 * Math.pow(N, 4) / 45,
        7 * N * N / 3 - 8 * N * N * N / 5 - 227 * Math.pow(N, 4) / 45,
        56 * N * N * N / 15 - 136 * Math.pow(N, 4) / 35,
        4279 * Math.pow(N, 4) / 630,
    };

    private final double centralMeridian;
    private final double lambda0;

    private GaussKruger(double centralMeridian) {
        if (!Double.isFinite(centralMeridian) || centralMeridian < -180 || centralMeridian > 180) {
            throw new IllegalArgumentException("Central meridian must be in [-180, 180] degrees, was "
                    + centralMeridian);
        }
        this.centralMeridian = centralMeridian;
        this.lambda0 = Math.toRadians(centralMeridian);
    }

    /**
     * @param centralMeridian central meridian in degrees (any value: a local projection centred on
     *     the data has the least distortion)
     * @return the projection
     */
    public static GaussKruger withCentralMeridian(double centralMeridian) {
        return new GaussKruger(centralMeridian);
    }

    /**
     * @param zone a national 3-degree zone number (central meridian 3 x zone, e.g. zone 34 = 102 E)
     * @return the projection of that zone
     */
    public static GaussKruger threeDegreeZone(int zone) {
        if (zone < 1 || zone > 60) {
            throw new IllegalArgumentException("3-degree zone must be in 1..60 (central meridian 3 x zone), was "
                    + zone);
        }
        return new GaussKruger(3.0 * zone);
    }

    /**
     * @param lon a longitude in degrees, east positive
     * @return the national 3-degree zone containing it
     */
    public static int threeDegreeZoneOf(double lon) {
        return (int) Math.round(lon / 3.0);
    }

    /** @return the central meridian in degrees */
    public double centralMeridian() {
        return centralMeridian;
    }

    /**
     * Projects one position.
     *
     * @param lon longitude in degrees (WGS-84/CGCS2000)
     * @param lat latitude in degrees, strictly between -90 and 90
     * @return {easting, northing} in metres
     */
    public double[] forward(double lon, double lat) {
        double[] out = new double[2];
        forward(lon, lat, out);
        return out;
    }

    /**
     * Projects one position into a caller-supplied array (no allocation, for bulk use).
     *
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @param out receives {easting, northing} in metres
     */
    public void forward(double lon, double lat, double[] out) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon) - lambda0;
        double sinPhi = Math.sin(phi);
        double tau = Math.sinh(atanh(sinPhi) - E * atanh(E * sinPhi));
        double xiPrime = Math.atan2(tau, Math.cos(lambda));
        double etaPrime = atanh(Math.sin(lambda) / Math.sqrt(1 + tau * tau));
        addSeries(ALPHA, xiPrime, etaPrime, 1.0, out);
        double xi = out[0];
        double eta = out[1];
        out[0] = FALSE_EASTING + RECTIFYING_RADIUS * eta;
        out[1] = RECTIFYING_RADIUS * xi;
    }

    /**
     * Inverse projection.
     *
     * @param easting metres, including the 500 km false easting
     * @param northing metres
     * @return {lon, lat} in degrees
     */
    public double[] inverse(double easting, double northing) {
        double[] out = new double[2];
        inverse(easting, northing, out);
        return out;
    }

    /**
     * Inverse projection into a caller-supplied array.
     *
     * @param easting metres
     * @param northing metres
     * @param out receives {lon, lat} in degrees
     */
    public void inverse(double easting, double northing, double[] out) {
        double xi = northing / RECTIFYING_RADIUS;
        double eta = (easting - FALSE_EASTING) / RECTIFYING_RADIUS;
        addSeries(BETA, xi, eta, -1.0, out);
        double xiPrime = out[0];
        double etaPrime = out[1];
        double chi = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
        double phi = chi;
        for (int j = 1; j <= 4; j++) {
            phi += DELTA[j - 1] * Math.sin(2 * j * chi);
        }
        double lambda = Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
        out[0] = Math.toDegrees(lambda0 + lambda);
        out[1] = Math.toDegrees(phi);
    }

    /**
     * @param wgs84 a geometry in lon/lat degrees (x = lon, y = lat); not modified
     * @return a copy in projected metres (x = easting, y = northing)
     */
    public Geometry project(Geometry wgs84) {
        Geometry copy = wgs84.copy();
        copy.apply(new Transform(true));
        copy.geometryChanged();
        return copy;
    }

    /**
     * @param projected a geometry in this projection's metres; not modified
     * @return a copy in lon/lat degrees
     */
    public Geometry unproject(Geometry projected) {
        Geometry copy = projected.copy();
        copy.apply(new Transform(false));
        copy.geometryChanged();
        return copy;
    }

    @Override
    public String toString() {
        return "GaussKruger[CGCS2000, central meridian " + centralMeridian + "]";
    }

    /**
     * Writes {xi, eta} + sign * sum_j c_j sin(2 j (xi + i eta)) (real and imaginary parts) into out,
     * by Clenshaw summation in complex arithmetic: one sin, cos, sinh and cosh instead of four each.
     */
    private static void addSeries(double[] c, double xi, double eta, double sign, double[] out) {
        double s2 = Math.sin(2 * xi);
        double c2 = Math.cos(2 * xi);
        double e2 = Math.exp(2 * eta);
        double ch2 = (e2 + 1 / e2) / 2;
        double sh2 = (e2 - 1 / e2) / 2;
        double ar = 2 * c2 * ch2; // 2 cos(2 zeta) = ar + i ai
        double ai = -2 * s2 * sh2;
        double y1r = 0;
        double y1i = 0;
        double y2r = 0;
        double y2i = 0;
        for (int j = c.length - 1; j >= 0; j--) {
            double yr = c[j] + ar * y1r - ai * y1i - y2r;
            double yi = ar * y1i + ai * y1r - y2i;
            y2r = y1r;
            y2i = y1i;
            y1r = yr;
            y1i = yi;
        }
        double sr = s2 * ch2; // sin(2 zeta) = sr + i si
        double si = c2 * sh2;
        out[0] = xi + sign * (sr * y1r - si * y1i);
        out[1] = eta + sign * (sr * y1i + si * y1r);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /** Rewrites every coordinate of a geometry in place (applied to a copy). */
    private final class Transform implements CoordinateSequenceFilter {
        private final boolean forward;
        private final double[] buffer = new double[2];

        Transform(boolean forward) {
            this.forward = forward;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            Coordinate c = seq.getCoordinate(i);
            if (forward) {
                forward(c.x, c.y, buffer);
            } else {
                inverse(c.x, c.y, buffer);
            }
            seq.setOrdinate(i, 0, buffer[0]);
            seq.setOrdinate(i, 1, buffer[1]);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}

package org.jiceng.grid.geo;

import org.jiceng.core.geo.LonLat;

/**
 * Conversions between WGS-84/CGCS2000 and the obfuscated datums used by Chinese map vendors:
 * GCJ-02 (国测局坐标, AMap/Tencent/Google China) and BD-09 (Baidu, GCJ-02 plus a further offset).
 *
 * <p>The forward transforms (WGS-84 to GCJ-02, GCJ-02 to BD-09) follow the widely published
 * closed-form algorithm. The inverses have no closed form: they are solved by fixed-point iteration
 * until the round trip is within {@link #INVERSE_TOLERANCE_DEGREES} (about 1 mm), at most
 * {@value #MAX_ITERATIONS} steps; in practice 3 to 6 steps suffice. The stated accuracy of every
 * inverse is therefore better than 0.01 m relative to the forward transform.
 *
 * <p>Outside mainland China (the customary rectangle lon 72.004..137.8347, lat 0.8293..55.8271)
 * GCJ-02 equals WGS-84, as in the reference implementations; BD-09's own offset still applies.
 *
 * <p>All methods are pure and thread-safe.
 */
public final class ChinaOffsets {

    /** Round-trip tolerance of the iterative inverses, in degrees (1e-8 degree is about 1 mm). */
    public static final double INVERSE_TOLERANCE_DEGREES = 1e-8;

    /** Upper bound on inverse iterations. */
    public static final int MAX_ITERATIONS = 30;

    // Krasovsky 1940 ellipsoid, as fixed by the GCJ-02 algorithm.
    private static final double KRASOVSKY_A = 6378245.0;
    private static final double KRASOVSKY_EE = 0.00669342162296594323;
    private static final double BD_X_PI = Math.PI * 3000.0 / 180.0;

    private ChinaOffsets() {
    }

    /**
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return true when the point is outside the rectangle where GCJ-02 applies an offset
     */
    public static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /**
     * @param wgs84 a WGS-84 position
     * @return the GCJ-02 position a Chinese vendor map would show for it
     */
    public static LonLat wgs84ToGcj02(LonLat wgs84) {
        double lon = wgs84.lon();
        double lat = wgs84.lat();
        if (outOfChina(lon, lat)) {
            return wgs84;
        }
        double dLat = transformLat(lon - 105.0, lat - 35.0);
        double dLon = transformLon(lon - 105.0, lat - 35.0);
        double radLat = Math.toRadians(lat);
        double magic = Math.sin(radLat);
        magic = 1 - KRASOVSKY_EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LonLat(lon + dLon, lat + dLat);
    }

    /**
     * Inverts {@link #wgs84ToGcj02} by iteration (accuracy: round trip within 1e-8 degree).
     *
     * @param gcj02 a GCJ-02 position
     * @return the WGS-84 position
     */
    public static LonLat gcj02ToWgs84(LonLat gcj02) {
        if (outOfChina(gcj02.lon(), gcj02.lat())) {
            return gcj02;
        }
        return invert(gcj02, ChinaOffsets::wgs84ToGcj02, "GCJ-02 to WGS-84");
    }

    /**
     * @param gcj02 a GCJ-02 position
     * @return the BD-09 (Baidu) position
     */
    public static LonLat gcj02ToBd09(LonLat gcj02) {
        double x = gcj02.lon();
        double y = gcj02.lat();
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * BD_X_PI);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * BD_X_PI);
        return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    /**
     * Inverts {@link #gcj02ToBd09}: the customary closed-form approximation refined by iteration
     * (accuracy: round trip within 1e-8 degree).
     *
     * @param bd09 a BD-09 position
     * @return the GCJ-02 position
     */
    public static LonLat bd09ToGcj02(LonLat bd09) {
        return invert(bd09, ChinaOffsets::gcj02ToBd09, "BD-09 to GCJ-02");
    }

    /**
     * @param wgs84 a WGS-84 position
     * @return the BD-09 position
     */
    public static LonLat wgs84ToBd09(LonLat wgs84) {
        return gcj02ToBd09(wgs84ToGcj02(wgs84));
    }

    /**
     * @param bd09 a BD-09 position
     * @return the WGS-84 position (accuracy: each inverse step within 1e-8 degree)
     */
    public static LonLat bd09ToWgs84(LonLat bd09) {
        return gcj02ToWgs84(bd09ToGcj02(bd09));
    }

    /** Solves forward(x) = target by fixed-point iteration x += target - forward(x). */
    private static LonLat invert(LonLat target, java.util.function.UnaryOperator<LonLat> forward, String what) {
        double lon = target.lon();
        double lat = target.lat();
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            LonLat image = forward.apply(new LonLat(lon, lat));
            double dLon = target.lon() - image.lon();
            double dLat = target.lat() - image.lat();
            lon += dLon;
            lat += dLat;
            if (Math.abs(dLon) < INVERSE_TOLERANCE_DEGREES && Math.abs(dLat) < INVERSE_TOLERANCE_DEGREES) {
                return new LonLat(lon, lat);
            }
        }
        throw new ArithmeticException(what + " did not converge within " + MAX_ITERATIONS + " iterations for "
                + target + "; the input is probably not a valid coordinate of that datum");
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}

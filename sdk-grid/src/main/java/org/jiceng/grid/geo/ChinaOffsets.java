package org.jiceng.grid.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jiceng.core.geo.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

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
 * <p>Whole JTS geometries (a portal's GCJ-02 district boundaries, a vendor layer in BD-09) convert
 * coordinate by coordinate with {@link #convert(Geometry, Datum, Datum)}: same type, same parts and
 * rings, altitudes kept. Since each coordinate moves by a slightly different offset, validity is
 * checked: {@link #convertChecked} reports a valid input that came out invalid, and the one-step
 * methods such as {@link #gcj02ToWgs84(Geometry)} refuse it with the JTS reason.
 *
 * <pre>{@code
 * Geometry wgs = ChinaOffsets.gcj02ToWgs84(dataVDistrict);                 // throws if validity broke
 * DatumConversion c = ChinaOffsets.convertChecked(baiduLayer, Datum.BD09, Datum.WGS84);
 * }</pre>
 *
 * <p>All methods are pure and thread-safe; input geometries are never modified.
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

    /**
     * @param p a position in datum {@code from}
     * @param from its datum
     * @param to the wanted datum
     * @return the position in {@code to} (the same instance when the datums are equal)
     */
    public static LonLat convert(LonLat p, Datum from, Datum to) {
        if (from == to) {
            return p;
        }
        LonLat wgs = switch (from) {
            case WGS84 -> p;
            case GCJ02 -> gcj02ToWgs84(p);
            case BD09 -> bd09ToWgs84(p);
        };
        return switch (to) {
            case WGS84 -> wgs;
            case GCJ02 -> wgs84ToGcj02(wgs);
            case BD09 -> wgs84ToBd09(wgs);
        };
    }

    /**
     * Converts every coordinate of a geometry, keeping its type, parts, ring order and altitudes. The
     * input is not modified. GCJ-02 to BD-09 and back go directly, not through WGS-84.
     *
     * @param g a geometry in datum {@code from}
     * @param from its datum
     * @param to the wanted datum
     * @return a new geometry in {@code to}
     */
    public static Geometry convert(Geometry g, Datum from, Datum to) {
        UnaryOperator<LonLat> step;
        if (from == Datum.GCJ02 && to == Datum.BD09) {
            step = ChinaOffsets::gcj02ToBd09;
        } else if (from == Datum.BD09 && to == Datum.GCJ02) {
            step = ChinaOffsets::bd09ToGcj02;
        } else {
            step = p -> convert(p, from, to);
        }
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                LonLat moved = step.apply(new LonLat(seq.getX(i), seq.getY(i)));
                seq.setOrdinate(i, CoordinateSequence.X, moved.lon());
                seq.setOrdinate(i, CoordinateSequence.Y, moved.lat());
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /**
     * Converts like {@link #convert(Geometry, Datum, Datum)} and reports whether a valid input came out
     * invalid, with the JTS reason.
     *
     * @param g a geometry in datum {@code from}
     * @param from its datum
     * @param to the wanted datum
     * @return the converted geometry and, if it broke, why
     */
    public static DatumConversion convertChecked(Geometry g, Datum from, Datum to) {
        Geometry converted = convert(g, from, to);
        if (!g.isValid()) {
            return new DatumConversion(converted, Optional.empty());
        }
        TopologyValidationError error = new IsValidOp(converted).getValidationError();
        return new DatumConversion(converted, error == null ? Optional.empty() : Optional.of(describe(error)));
    }

    /**
     * @param gcj02 a geometry in GCJ-02, e.g. a DataV or AMap boundary
     * @return the geometry in WGS-84
     * @throws IllegalArgumentException when a valid input would come out invalid (with the JTS reason)
     */
    public static Geometry gcj02ToWgs84(Geometry gcj02) {
        return strict(gcj02, Datum.GCJ02, Datum.WGS84);
    }

    /**
     * @param wgs84 a geometry in WGS-84
     * @return the geometry in GCJ-02, e.g. to draw on an AMap base map
     * @throws IllegalArgumentException when a valid input would come out invalid (with the JTS reason)
     */
    public static Geometry wgs84ToGcj02(Geometry wgs84) {
        return strict(wgs84, Datum.WGS84, Datum.GCJ02);
    }

    /**
     * @param bd09 a geometry in BD-09 (Baidu)
     * @return the geometry in WGS-84
     * @throws IllegalArgumentException when a valid input would come out invalid (with the JTS reason)
     */
    public static Geometry bd09ToWgs84(Geometry bd09) {
        return strict(bd09, Datum.BD09, Datum.WGS84);
    }

    /**
     * @param wgs84 a geometry in WGS-84
     * @return the geometry in BD-09, e.g. to draw on a Baidu base map
     * @throws IllegalArgumentException when a valid input would come out invalid (with the JTS reason)
     */
    public static Geometry wgs84ToBd09(Geometry wgs84) {
        return strict(wgs84, Datum.WGS84, Datum.BD09);
    }

    private static Geometry strict(Geometry g, Datum from, Datum to) {
        DatumConversion c = convertChecked(g, from, to);
        if (c.invalidAfter().isPresent()) {
            throw new IllegalArgumentException(g.getGeometryType() + " became invalid converting " + from + " to "
                    + to + ": " + c.invalidAfter().get() + "; use ChinaOffsets.convertChecked and repair it, "
                    + "e.g. with org.locationtech.jts.geom.util.GeometryFixer");
        }
        return c.geometry();
    }

    private static String describe(TopologyValidationError error) {
        Coordinate c = error.getCoordinate();
        return error.getMessage() + (c == null ? "" : String.format(Locale.ROOT, " at (%s, %s)", c.x, c.y));
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

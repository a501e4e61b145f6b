package org.jiceng.grid.geo;

/**
 * The lon/lat datums met in Chinese data: the SDK stores {@link #WGS84}; map portals and vendor maps
 * publish {@link #GCJ02} (AMap, Tencent, DataV boundary files) or {@link #BD09} (Baidu).
 */
public enum Datum {
    /** WGS-84 / CGCS2000, what GPS receivers give and the SDK stores. */
    WGS84,
    /** GCJ-02 (国测局坐标), the obfuscated datum of AMap, Tencent and DataV. */
    GCJ02,
    /** BD-09, Baidu's datum (GCJ-02 plus a further offset). */
    BD09
}

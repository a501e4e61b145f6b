package org.jiceng.cases;

import static org.jiceng.core.model.Checks.nonNull;

import java.util.Optional;
import org.jiceng.core.geo.LonLat;

/**
 * Where a case is: a point, an address, and the area (community) and grid it belongs to. Any part may
 * be missing; routing ({@link org.jiceng.cases.spi.CaseRouter}) fills area and grid from the point.
 *
 * @param point where it was reported
 * @param address a postal or descriptive address
 * @param areaId the community (or other area) responsible
 * @param gridId the grid (网格) responsible
 */
public record CaseLocation(Optional<LonLat> point, Optional<String> address, Optional<String> areaId,
        Optional<String> gridId) {

    /**
     * Normalises missing parts to empty.
     *
     * @param point where it was reported
     * @param address a postal or descriptive address
     * @param areaId the community (or other area) responsible
     * @param gridId the grid (网格) responsible
     */
    public CaseLocation {
        point = nonNull(point, "point");
        address = nonNull(address, "address").filter(s -> !s.isBlank());
        areaId = nonNull(areaId, "areaId").filter(s -> !s.isBlank());
        gridId = nonNull(gridId, "gridId").filter(s -> !s.isBlank());
    }

    /** @return a location with nothing known */
    public static CaseLocation unknown() {
        return new CaseLocation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param lon longitude
     * @param lat latitude
     * @return a location with only a point
     */
    public static CaseLocation at(double lon, double lat) {
        return new CaseLocation(Optional.of(new LonLat(lon, lat)), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * @param areaId the community
     * @return a location with only an area
     */
    public static CaseLocation inArea(String areaId) {
        return new CaseLocation(Optional.empty(), Optional.empty(), Optional.of(areaId), Optional.empty());
    }

    /**
     * @param value an address
     * @return a copy with the address set
     */
    public CaseLocation withAddress(String value) {
        return new CaseLocation(point, Optional.of(value), areaId, gridId);
    }

    /**
     * @param value an area id
     * @return a copy with the area set
     */
    public CaseLocation withArea(String value) {
        return new CaseLocation(point, address, Optional.of(value), gridId);
    }

    /**
     * @param value a grid id
     * @return a copy with the grid set
     */
    public CaseLocation withGrid(String value) {
        return new CaseLocation(point, address, areaId, Optional.of(value));
    }
}

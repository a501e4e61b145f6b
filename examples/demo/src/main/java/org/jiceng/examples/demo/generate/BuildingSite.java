package org.jiceng.examples.demo.generate;

/**
 * Where a generated building stands and how many households live in it: the weighted point that grid
 * partitioning works on.
 *
 * @param areaId the building's {@link org.jiceng.core.model.Area} id
 * @param communityId the community it belongs to
 * @param lon longitude (WGS-84)
 * @param lat latitude (WGS-84)
 * @param households households living in it
 */
public record BuildingSite(String areaId, String communityId, double lon, double lat, int households) {
}

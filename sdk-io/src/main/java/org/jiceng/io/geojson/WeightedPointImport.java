package org.jiceng.io.geojson;

import java.util.List;
import java.util.Objects;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.report.ImportReport;

/**
 * Weighted points read from GeoJSON (buildings with their household counts, for
 * {@code PartitionRequest.of(points, k)}) and the import report.
 *
 * @param points the accepted points in file order
 * @param report the report
 */
public record WeightedPointImport(List<WeightedPoint> points, ImportReport report) {

    /**
     * Copies the list.
     *
     * @param points the accepted points in file order
     * @param report the report
     * @throws NullPointerException if an argument or a point is null
     */
    public WeightedPointImport {
        points = List.copyOf(points);
        Objects.requireNonNull(report, "report");
    }
}

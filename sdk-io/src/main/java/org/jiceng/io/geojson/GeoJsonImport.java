package org.jiceng.io.geojson;

import java.util.Objects;
import org.jiceng.io.report.ImportReport;

/**
 * A GeoJSON import: the accepted areas, grids and their boundaries, and the report.
 *
 * @param document accepted records with the boundaries they reference
 * @param report read, accepted and rejected features with every problem
 */
public record GeoJsonImport(GeoJsonDocument document, ImportReport report) {

    /**
     * Validates the components.
     *
     * @param document accepted records with the boundaries they reference
     * @param report read, accepted and rejected features with every problem
     * @throws NullPointerException if {@code document} or {@code report} is null
     */
    public GeoJsonImport {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(report, "report");
    }
}

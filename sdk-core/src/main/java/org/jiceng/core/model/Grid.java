package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.validation.NotBlankIfPresent;

/**
 * A governance grid (网格): a part of an area with responsible people and a household load.
 *
 * @param id identifier
 * @param code hierarchical grid code built on the area's division code (e.g. 12-digit community
 *     code + 3-digit sequence)
 * @param name display name
 * @param areaId the area (usually a community) the grid divides
 * @param parentGridId the enclosing grid for multi-level grids
 * @param responsiblePersonIds grid workers and responsible members, in order of responsibility
 * @param households households in the grid
 * @param geometryRef a reference to the boundary geometry, when held elsewhere
 */
public record Grid(@NotBlank String id, @NotBlank String code, @NotBlank String name, @NotBlank String areaId,
        Optional<@NotBlankIfPresent String> parentGridId, List<@NotBlank String> responsiblePersonIds,
        @PositiveOrZero int households, Optional<@NotBlankIfPresent String> geometryRef) implements Identified {

    /**
     * Validates required components.
     *
     * @param id identifier
     * @param code hierarchical grid code built on the area's division code (e.g. 12-digit community
     *     code + 3-digit sequence)
     * @param name display name
     * @param areaId the area (usually a community) the grid divides
     * @param parentGridId the enclosing grid for multi-level grids
     * @param responsiblePersonIds grid workers and responsible members, in order of responsibility
     * @param households households in the grid
     * @param geometryRef a reference to the boundary geometry, when held elsewhere
     */
    public Grid {
        nonBlank(id, "id");
        nonBlank(code, "code");
        nonBlank(name, "name");
        nonBlank(areaId, "areaId");
        parentGridId = nonNull(parentGridId, "parentGridId");
        responsiblePersonIds = list(responsiblePersonIds, "responsiblePersonIds");
        if (households < 0) {
            throw new IllegalArgumentException("Grid " + id + " households must be >= 0, was " + households);
        }
        geometryRef = nonNull(geometryRef, "geometryRef");
    }
}

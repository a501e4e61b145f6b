package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.jiceng.core.validation.DivisionCode;
import org.jiceng.core.validation.DivisionCodeMatchesLevel;
import org.jiceng.core.validation.NotBlankIfPresent;
import org.jspecify.annotations.Nullable;

/**
 * A territorial unit of the five-level hierarchy (Popolo {@code Area}): district, subdistrict,
 * community, compound or residential group, building.
 *
 * @param id identifier
 * @param name display name, e.g. {@code 永兴路社区}
 * @param level the hierarchy level
 * @param parentId the enclosing area; empty only for a root (usually a district)
 * @param divisionCode GB/T 2260 six-digit code (district) or 12-digit statistical division code
 *     (subdistrict, community), when known
 * @param geometryRef a reference to the boundary geometry held elsewhere (e.g. a GeoJSON feature id)
 * @param households number of households, when known (buildings and compounds carry it for
 *     grid partitioning)
 * @param population number of residents, when known
 */
@DivisionCodeMatchesLevel
public record Area(
        @NotBlank String id,
        @NotBlank String name,
        @NotNull AreaLevel level,
        Optional<@NotBlankIfPresent String> parentId,
        Optional<@DivisionCode String> divisionCode,
        Optional<@NotBlankIfPresent String> geometryRef,
        Optional<@PositiveOrZero Integer> households,
        Optional<@PositiveOrZero Integer> population) implements Identified {

    /**
     * Validates required components and normalises absent optionals.
     *
     * @param id identifier
     * @param name display name, e.g. {@code 永兴路社区}
     * @param level the hierarchy level
     * @param parentId the enclosing area; empty only for a root (usually a district)
     * @param divisionCode GB/T 2260 six-digit code (district) or 12-digit statistical division code
     *     (subdistrict, community), when known
     * @param geometryRef a reference to the boundary geometry held elsewhere (e.g. a GeoJSON feature id)
     * @param households number of households, when known (buildings and compounds carry it for
     *     grid partitioning)
     * @param population number of residents, when known
     */
    public Area {
        nonBlank(id, "id");
        nonBlank(name, "name");
        nonNull(level, "level");
        parentId = nonNull(parentId, "parentId");
        divisionCode = nonNull(divisionCode, "divisionCode");
        geometryRef = nonNull(geometryRef, "geometryRef");
        households = nonNull(households, "households");
        population = nonNull(population, "population");
    }

    /**
     * @param id identifier
     * @param name display name
     * @param level level
     * @param parentId enclosing area id, or {@code null} for a root
     * @return an area without code, geometry or counts
     */
    public static Area of(String id, String name, AreaLevel level, @Nullable String parentId) {
        return new Area(id, name, level, Optional.ofNullable(parentId), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * @param code a 6- or 12-digit division code
     * @return a copy with the division code set
     */
    public Area withDivisionCode(String code) {
        return new Area(id, name, level, parentId, Optional.of(code), geometryRef, households, population);
    }

    /**
     * @param ref a geometry reference
     * @return a copy with the geometry reference set
     */
    public Area withGeometryRef(String ref) {
        return new Area(id, name, level, parentId, divisionCode, Optional.of(ref), households, population);
    }

    /**
     * @param householdCount households
     * @param populationCount residents
     * @return a copy with both counts set
     */
    public Area withCounts(int householdCount, int populationCount) {
        return new Area(id, name, level, parentId, divisionCode, geometryRef, Optional.of(householdCount),
                Optional.of(populationCount));
    }
}

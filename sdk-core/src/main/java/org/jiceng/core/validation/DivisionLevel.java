package org.jiceng.core.validation;

import java.util.Optional;
import org.jiceng.core.model.AreaLevel;
import org.jspecify.annotations.Nullable;

/**
 * The level a GB/T 2260 division code or 12-digit statistical division code denotes, from the
 * significant (non-zero) segments of {@code PP CC DD TTT VVV}.
 */
public enum DivisionLevel {
    /** 省级: {@code PP0000}. */
    PROVINCE(null),
    /** 地级: {@code PPCC00}. */
    PREFECTURE(null),
    /** 县级 (district, county, county-level city): {@code PPCCDD}. */
    COUNTY(AreaLevel.DISTRICT),
    /** 乡级 (subdistrict, town, township): {@code PPCCDDTTT000}. */
    TOWNSHIP(AreaLevel.SUBDISTRICT),
    /** 村级 (community or village committee): {@code PPCCDDTTTVVV}. */
    VILLAGE(AreaLevel.COMMUNITY);

    private final @Nullable AreaLevel areaLevel;

    DivisionLevel(@Nullable AreaLevel areaLevel) {
        this.areaLevel = areaLevel;
    }

    /**
     * @return the area level of the model this division level corresponds to; empty for provinces
     *     and prefectures, which the model does not represent
     */
    public Optional<AreaLevel> areaLevel() {
        return Optional.ofNullable(areaLevel);
    }

    /**
     * @param level an area level of the model
     * @return the division level whose code an area of that level carries: districts a county-level
     *     code, subdistricts a township code, communities a village code; compounds and buildings have
     *     no code of their own and carry their community's village code
     */
    public static DivisionLevel expectedFor(AreaLevel level) {
        return switch (level) {
            case DISTRICT -> COUNTY;
            case SUBDISTRICT -> TOWNSHIP;
            case COMMUNITY, COMPOUND, BUILDING -> VILLAGE;
        };
    }
}

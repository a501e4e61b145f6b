package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jiceng.core.validation.CreditCode;
import org.jiceng.core.validation.NotBlankIfPresent;

/**
 * A unit stationed in an area (驻区单位) that takes part in regional party building: an organ,
 * enterprise, school, hospital or public institution.
 *
 * @param id identifier
 * @param name name
 * @param type kind of unit
 * @param creditCode unified social credit code (GB 32100), when known
 * @param areaId the area it is stationed in
 * @param partyOrganizationId its own party organisation, when it has one
 */
public record StationedUnit(@NotBlank String id, @NotBlank String name, @NotNull UnitType type,
        Optional<@CreditCode String> creditCode, Optional<@NotBlankIfPresent String> areaId,
        Optional<@NotBlankIfPresent String> partyOrganizationId) implements Identified {

    /**
     * Validates required components.
     *
     * @param id identifier
     * @param name name
     * @param type kind of unit
     * @param creditCode unified social credit code (GB 32100), when known
     * @param areaId the area it is stationed in
     * @param partyOrganizationId its own party organisation, when it has one
     */
    public StationedUnit {
        nonBlank(id, "id");
        nonBlank(name, "name");
        nonNull(type, "type");
        creditCode = nonNull(creditCode, "creditCode");
        areaId = nonNull(areaId, "areaId");
        partyOrganizationId = nonNull(partyOrganizationId, "partyOrganizationId");
    }
}

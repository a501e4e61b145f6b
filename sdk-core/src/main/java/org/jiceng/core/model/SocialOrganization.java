package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Optional;
import org.jiceng.core.validation.CreditCode;
import org.jiceng.core.validation.NotBlankIfPresent;

/**
 * A registered social organisation (社会组织) serving an area, e.g. one hatched at an incubation base.
 *
 * @param id identifier
 * @param name name
 * @param creditCode unified social credit code (GB 32100), when known
 * @param category field of service, e.g. {@code 养老}, {@code 法律援助}
 * @param areaId the area served
 * @param partyOrganizationId its party organisation, when it has one
 * @param registered registration date, when known
 */
public record SocialOrganization(@NotBlank String id, @NotBlank String name, Optional<@CreditCode String> creditCode,
        Optional<@NotBlankIfPresent String> category, Optional<@NotBlankIfPresent String> areaId,
        Optional<@NotBlankIfPresent String> partyOrganizationId, Optional<@PastOrPresent LocalDate> registered)
        implements Identified {

    /**
     * Validates required components.
     *
     * @param id identifier
     * @param name name
     * @param creditCode unified social credit code (GB 32100), when known
     * @param category field of service, e.g. {@code 养老}, {@code 法律援助}
     * @param areaId the area served
     * @param partyOrganizationId its party organisation, when it has one
     * @param registered registration date, when known
     */
    public SocialOrganization {
        nonBlank(id, "id");
        nonBlank(name, "name");
        creditCode = nonNull(creditCode, "creditCode");
        category = nonNull(category, "category");
        areaId = nonNull(areaId, "areaId");
        partyOrganizationId = nonNull(partyOrganizationId, "partyOrganizationId");
        registered = nonNull(registered, "registered");
    }
}

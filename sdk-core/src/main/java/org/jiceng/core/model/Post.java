package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jiceng.core.validation.NotBlankIfPresent;

/**
 * A position in an organisation that people fill over time (Popolo {@code Post}), e.g. the secretary
 * of a branch or the building leader of building 3.
 *
 * @param id identifier
 * @param organizationId the organisation the post belongs to
 * @param role the role a holder has
 * @param label display label, e.g. {@code 3号楼楼长}
 * @param areaId the area the post is responsible for, when territorial
 */
public record Post(@NotBlank String id, @NotBlank String organizationId, @NotNull Role role, @NotBlank String label,
        Optional<@NotBlankIfPresent String> areaId)
        implements Identified {

    /**
     * Validates required components.
     *
     * @param id identifier
     * @param organizationId the organisation the post belongs to
     * @param role the role a holder has
     * @param label display label, e.g. {@code 3号楼楼长}
     * @param areaId the area the post is responsible for, when territorial
     */
    public Post {
        nonBlank(id, "id");
        nonBlank(organizationId, "organizationId");
        nonNull(role, "role");
        nonBlank(label, "label");
        areaId = nonNull(areaId, "areaId");
    }
}

package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jiceng.core.validation.NotBlankIfPresent;

/**
 * A person's membership of an organisation with a role over a half-open date range (Popolo
 * {@code Membership}). A member's branch, a secretary's term and a building leader's duty are all
 * memberships.
 *
 * @param id identifier
 * @param personId the person
 * @param organizationId the organisation
 * @param role the role held
 * @param postId the post filled, when the role is attached to a defined post
 * @param period when the membership holds, {@code [from, to)}
 */
public record Membership(
        @NotBlank String id,
        @NotBlank String personId,
        @NotBlank String organizationId,
        @NotNull Role role,
        Optional<@NotBlankIfPresent String> postId,
        @NotNull @Valid DateRange period) implements Identified {

    /**
     * Validates required components.
     *
     * @param id identifier
     * @param personId the person
     * @param organizationId the organisation
     * @param role the role held
     * @param postId the post filled, when the role is attached to a defined post
     * @param period when the membership holds, {@code [from, to)}
     */
    public Membership {
        nonBlank(id, "id");
        nonBlank(personId, "personId");
        nonBlank(organizationId, "organizationId");
        nonNull(role, "role");
        postId = nonNull(postId, "postId");
        nonNull(period, "period");
    }

    /**
     * @param id identifier
     * @param personId person
     * @param organizationId organisation
     * @param role role
     * @param period period
     * @return a membership not attached to a post
     */
    public static Membership of(String id, String personId, String organizationId, Role role, DateRange period) {
        return new Membership(id, personId, organizationId, role, Optional.empty(), period);
    }
}

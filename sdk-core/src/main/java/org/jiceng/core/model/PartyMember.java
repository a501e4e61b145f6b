package org.jiceng.core.model;

import static org.jiceng.core.internal.Checks.nonBlank;
import static org.jiceng.core.internal.Checks.nonNull;
import static org.jiceng.core.internal.Checks.opt;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The party-member record of a {@link Person}. Which branch the member belongs to is a
 * {@link Membership} with role {@link Role#MEMBER}, so that transfers keep their history.
 *
 * @param personId the person
 * @param status 正式 or 预备
 * @param joined date of joining the party, when known
 */
public record PartyMember(@NotBlank String personId, @NotNull MemberStatus status,
        Optional<@PastOrPresent LocalDate> joined) implements Identified {

    /**
     * Validates required components.
     *
     * @param personId the person
     * @param status 正式 or 预备
     * @param joined date of joining the party, when known
     */
    public PartyMember {
        nonBlank(personId, "personId");
        nonNull(status, "status");
        joined = opt(joined);
    }

    /** @return the person id, which identifies the member record too */
    @Override
    public String id() {
        return personId;
    }
}

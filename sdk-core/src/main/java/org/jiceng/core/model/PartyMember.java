package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;
import static org.jiceng.core.model.Checks.orderedMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The party-member record of a {@link Person}. Which branch the member belongs to is a
 * {@link Membership} with role {@link Role#MEMBER}, so that transfers keep their history.
 *
 * @param personId the person
 * @param status 正式 or 预备
 * @param joined date of joining the party, when known
 * @param extras further facts a source holds that the model has no field for (a roster's 转正时间,
 *     学历 …), column name to value in the source's column order; immutable, empty by default; keys are
 *     non-blank and nothing is null (checked by the constructor)
 */
public record PartyMember(@NotBlank String personId, @NotNull MemberStatus status,
        Optional<@PastOrPresent LocalDate> joined, Map<String, String> extras)
        implements Identified {

    /**
     * Validates required components.
     *
     * @param personId the person
     * @param status 正式 or 预备
     * @param joined date of joining the party, when known
     * @param extras further facts without a field, in source order (null is taken as empty)
     */
    public PartyMember {
        nonBlank(personId, "personId");
        nonNull(status, "status");
        joined = nonNull(joined, "joined");
        extras = orderedMap(extras, "extras"); // keys non-blank, no nulls: checked here, not by Bean Validation
    }

    /**
     * A party-member record without extras.
     *
     * @param personId the person
     * @param status 正式 or 预备
     * @param joined date of joining the party, when known
     */
    public PartyMember(String personId, MemberStatus status, Optional<LocalDate> joined) {
        this(personId, status, joined, Map.of());
    }

    /** @return the person id, which identifies the member record too */
    @Override
    public String id() {
        return personId;
    }
}

package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;
import static org.jiceng.core.model.Checks.set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.validation.NotBlankIfPresent;
import org.jspecify.annotations.Nullable;

/**
 * A party organisation (Popolo {@code Organization}): 党委, 党总支, 党支部, 党小组, or a joint form
 * such as 大党委 or 党建联盟 that seats other organisations.
 *
 * @param id identifier
 * @param name name, e.g. {@code 五华山社区第三居民小区党支部}
 * @param type kind of organisation
 * @param parentId the superior organisation, empty for a root
 * @param areaId the area it serves, when it is territorial
 * @param founded founding date, when known
 * @param dissolved dissolution date (first day it no longer exists), when dissolved
 * @param memberOrganizationIds for joint forms, the organisations seated in it (e.g. the stationed
 *     units' branches in a 大党委); empty otherwise
 */
public record PartyOrganization(
        @NotBlank String id,
        @NotBlank String name,
        @NotNull OrganizationType type,
        Optional<@NotBlankIfPresent String> parentId,
        Optional<@NotBlankIfPresent String> areaId,
        Optional<@PastOrPresent LocalDate> founded,
        Optional<LocalDate> dissolved,
        Set<@NotBlank String> memberOrganizationIds) implements Identified {

    /**
     * Validates required components and that dissolution follows founding.
     *
     * @param id identifier
     * @param name name, e.g. {@code 五华山社区第三居民小区党支部}
     * @param type kind of organisation
     * @param parentId the superior organisation, empty for a root
     * @param areaId the area it serves, when it is territorial
     * @param founded founding date, when known
     * @param dissolved dissolution date (first day it no longer exists), when dissolved
     * @param memberOrganizationIds for joint forms, the organisations seated in it (e.g. the stationed
     *     units' branches in a 大党委); empty otherwise
     */
    public PartyOrganization {
        nonBlank(id, "id");
        nonBlank(name, "name");
        nonNull(type, "type");
        parentId = nonNull(parentId, "parentId");
        areaId = nonNull(areaId, "areaId");
        founded = nonNull(founded, "founded");
        dissolved = nonNull(dissolved, "dissolved");
        memberOrganizationIds = set(memberOrganizationIds, "memberOrganizationIds");
        if (founded.isPresent() && dissolved.isPresent() && !dissolved.get().isAfter(founded.get())) {
            throw new IllegalArgumentException("Organisation " + id + " dissolved " + dissolved.get()
                    + " not after founded " + founded.get());
        }
    }

    /**
     * @param id identifier
     * @param name name
     * @param type kind
     * @param parentId superior organisation id, or {@code null}
     * @param areaId area id, or {@code null}
     * @return an organisation with unknown dates and no seated organisations
     */
    public static PartyOrganization of(String id, String name, OrganizationType type, @Nullable String parentId,
            @Nullable String areaId) {
        return new PartyOrganization(id, name, type, Optional.ofNullable(parentId), Optional.ofNullable(areaId),
                Optional.empty(), Optional.empty(), Set.of());
    }

    /**
     * @param from founding date
     * @return a copy with the founding date set
     */
    public PartyOrganization foundedOn(LocalDate from) {
        return new PartyOrganization(id, name, type, parentId, areaId, Optional.of(from), dissolved,
                memberOrganizationIds);
    }

    /**
     * @param on first day it no longer exists
     * @return a copy with the dissolution date set
     */
    public PartyOrganization dissolvedOn(LocalDate on) {
        return new PartyOrganization(id, name, type, parentId, areaId, founded, Optional.of(on),
                memberOrganizationIds);
    }

    /**
     * @param day a date
     * @return true when founded on or before {@code day} (or founding unknown) and not yet dissolved
     */
    public boolean activeOn(LocalDate day) {
        return founded.map(f -> !day.isBefore(f)).orElse(true) && dissolved.map(day::isBefore).orElse(true);
    }

    /**
     * @param period a date range
     * @return true when the organisation exists on every day of {@code period}
     */
    public boolean covers(DateRange period) {
        boolean startsInTime = founded.map(f -> !period.from().isBefore(f)).orElse(true);
        boolean endsInTime = dissolved.map(d -> period.to().map(t -> !t.isAfter(d)).orElse(false)).orElse(true);
        return startsInTime && endsInTime;
    }
}

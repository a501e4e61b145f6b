package org.jiceng.cases.anticipate;

import static org.jiceng.core.model.Checks.list;
import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.Identified;
import org.jiceng.core.privacy.Masking;
import org.jiceng.core.validation.NotBlankIfPresent;
import org.jiceng.core.validation.PhoneNumber;

/**
 * One household visit noted in a 民情日记 (the diary cadres and party members keep of their visits):
 * who visited which household, when, what situations the residents raised and whether someone must
 * follow up. Visits are, with cases, the signals {@link Anticipation} looks for recurring and emerging
 * demands in.
 *
 * <p>The resident's name and phone are personal data: {@link #toString()} masks them, and so do
 * {@link #masked()} and exporters unless told otherwise. Ids (household, visitor) are not personal data.
 *
 * @param id identifier of the visit
 * @param gridId the grid (网格) the household is in
 * @param compoundId the residential compound (小区), when known
 * @param householdId the household, when known
 * @param visitorId the cadre or member who visited
 * @param date the day of the visit (Asia/Shanghai calendar day)
 * @param situationCodes codes of the {@link org.jiceng.cases.Situation}s raised, in the order noted
 * @param tags free-text tags; a tag equal to a keyword of a situation counts as that situation
 * @param followUpNeeded whether the visit asked for a follow-up
 * @param residentName the resident spoken to, when noted (personal data)
 * @param residentPhone the resident's phone, when noted (personal data)
 * @param note the free-text note, empty when none
 */
public record Visit(@NotBlank String id, @NotBlank String gridId, Optional<@NotBlankIfPresent String> compoundId,
        Optional<@NotBlankIfPresent String> householdId, @NotBlank String visitorId, @NotNull LocalDate date,
        List<@NotBlank String> situationCodes, List<@NotBlank String> tags, boolean followUpNeeded,
        Optional<@NotBlankIfPresent String> residentName, Optional<@PhoneNumber String> residentPhone,
        @NotNull String note) implements Identified {

    /**
     * Checks the required components and normalises absent ones to empty.
     *
     * @param id identifier of the visit
     * @param gridId the grid (网格) the household is in
     * @param compoundId the residential compound (小区), when known
     * @param householdId the household, when known
     * @param visitorId the cadre or member who visited
     * @param date the day of the visit (Asia/Shanghai calendar day)
     * @param situationCodes codes of the situations raised, in the order noted
     * @param tags free-text tags; a tag equal to a keyword of a situation counts as that situation
     * @param followUpNeeded whether the visit asked for a follow-up
     * @param residentName the resident spoken to, when noted (personal data)
     * @param residentPhone the resident's phone, when noted (personal data)
     * @param note the free-text note, empty when none
     */
    public Visit {
        nonBlank(id, "Visit id");
        nonBlank(gridId, "Visit " + id + " gridId");
        compoundId = nonNull(compoundId, "compoundId");
        householdId = nonNull(householdId, "householdId");
        nonBlank(visitorId, "Visit " + id + " visitorId");
        nonNull(date, "Visit " + id + " date");
        situationCodes = list(situationCodes, "situationCodes");
        tags = list(tags, "tags");
        residentName = nonNull(residentName, "residentName");
        residentPhone = nonNull(residentPhone, "residentPhone");
        note = nonNull(note, "note");
    }

    /**
     * A visit with situations and nothing personal.
     *
     * @param id identifier
     * @param gridId grid
     * @param visitorId visitor
     * @param date day of the visit
     * @param situationCodes situations raised
     * @return the visit (no compound, household, tags, resident or note; no follow-up)
     */
    public static Visit of(String id, String gridId, String visitorId, LocalDate date, List<String> situationCodes) {
        return new Visit(id, gridId, Optional.empty(), Optional.empty(), visitorId, date, situationCodes, List.of(),
                false, Optional.empty(), Optional.empty(), "");
    }

    /** @return the resident's name with all but the first character masked */
    public Optional<String> maskedResidentName() {
        return residentName.map(Masking::name);
    }

    /** @return the resident's phone with its middle digits masked */
    public Optional<String> maskedResidentPhone() {
        return residentPhone.map(Masking::phone);
    }

    /** @return a copy whose resident name and phone are masked, for display and export */
    public Visit masked() {
        return new Visit(id, gridId, compoundId, householdId, visitorId, date, situationCodes, tags, followUpNeeded,
                maskedResidentName(), maskedResidentPhone(), note);
    }

    /** Masks the resident's name and phone so that logging a visit never leaks them. */
    @Override
    public String toString() {
        return "Visit[id=" + id + ", gridId=" + gridId + ", compoundId=" + compoundId.orElse("-") + ", householdId="
                + householdId.orElse("-") + ", visitorId=" + visitorId + ", date=" + date + ", situationCodes="
                + situationCodes + ", tags=" + tags + ", followUpNeeded=" + followUpNeeded + ", residentName="
                + maskedResidentName().orElse("-") + ", residentPhone=" + maskedResidentPhone().orElse("-")
                + ", note=" + note + "]";
    }
}

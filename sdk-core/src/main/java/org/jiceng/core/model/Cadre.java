package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.jiceng.core.validation.NotBlankIfPresent;

/**
 * A community cadre or reserve (社区干部 / 后备力量) with reserve tier and pay grade.
 *
 * @param personId the person
 * @param communityId the community (area) served, when assigned
 * @param reserveTier 雏雁 / 壮雁 / 头雁, when in the reserve pipeline
 * @param payGrade the pay step in "4 levels 12 grades", when on the pay scale
 */
public record Cadre(@NotBlank String personId, Optional<@NotBlankIfPresent String> communityId,
        Optional<ReserveTier> reserveTier, Optional<@Valid PayGrade> payGrade) implements Identified {

    /**
     * Validates required components.
     *
     * @param personId the person
     * @param communityId the community (area) served, when assigned
     * @param reserveTier 雏雁 / 壮雁 / 头雁, when in the reserve pipeline
     * @param payGrade the pay step in "4 levels 12 grades", when on the pay scale
     */
    public Cadre {
        nonBlank(personId, "personId");
        communityId = nonNull(communityId, "communityId");
        reserveTier = nonNull(reserveTier, "reserveTier");
        payGrade = nonNull(payGrade, "payGrade");
    }

    /** @return the person id, which identifies the cadre record too */
    @Override
    public String id() {
        return personId;
    }
}

package org.jiceng.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jiceng.core.validation.internal.DivisionCodeMatchesLevelValidator;

/**
 * On {@link org.jiceng.core.model.Area}: a division code, when present and valid, denotes the level
 * the area's {@link org.jiceng.core.model.AreaLevel} expects (see
 * {@link DivisionLevel#expectedFor(org.jiceng.core.model.AreaLevel)}): a district carries a county-level
 * code, a subdistrict a township code, a community (and its compounds and buildings) a village code.
 * The violation is reported on the {@code divisionCode} property.
 */
@Documented
@Constraint(validatedBy = DivisionCodeMatchesLevelValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DivisionCodeMatchesLevel {

    /** @return the message template */
    String message() default "{org.jiceng.core.validation.DivisionCodeMatchesLevel.message}";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}

package org.jiceng.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jiceng.core.model.Area;
import org.jiceng.core.validation.DivisionCodeMatchesLevel;
import org.jiceng.core.validation.DivisionCodes;
import org.jiceng.core.validation.DivisionLevel;
import org.jspecify.annotations.Nullable;

/** Validates {@link DivisionCodeMatchesLevel} on areas. Not API. */
public final class DivisionCodeMatchesLevelValidator implements ConstraintValidator<DivisionCodeMatchesLevel, Area> {

    @Override
    public boolean isValid(@Nullable Area area, ConstraintValidatorContext context) {
        if (area == null || area.divisionCode().isEmpty()) {
            return true;
        }
        // An invalid code is @DivisionCode's business; this constraint only compares levels.
        Optional<DivisionLevel> actual = DivisionCodes.levelOf(area.divisionCode().get());
        DivisionLevel expected = DivisionLevel.expectedFor(area.level());
        if (actual.isEmpty() || actual.get() == expected) {
            return true;
        }
        if (context instanceof HibernateConstraintValidatorContext hibernate) {
            hibernate.addMessageParameter("areaLevel", area.level().label() + "/" + area.level().name())
                    .addMessageParameter("expected", expected.name())
                    .addMessageParameter("actual", actual.get().name());
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("divisionCode").addConstraintViolation();
        return false;
    }
}

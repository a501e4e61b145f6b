package org.jiceng.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jiceng.core.validation.internal.NotBlankIfPresentValidator;

/**
 * The annotated character sequence, when present, contains a non-whitespace character. Unlike
 * {@code @NotBlank} it accepts {@code null}, so it fits optional references:
 * {@code Optional<@NotBlankIfPresent String> parentId} accepts an empty optional but not {@code " "}.
 */
@Documented
@Constraint(validatedBy = NotBlankIfPresentValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface NotBlankIfPresent {

    /** @return the message template */
    String message() default "{org.jiceng.core.validation.NotBlankIfPresent.message}";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}

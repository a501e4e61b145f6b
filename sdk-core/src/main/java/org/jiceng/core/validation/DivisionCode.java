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
import org.jiceng.core.validation.internal.DivisionCodeValidator;

/**
 * The annotated character sequence is a GB/T 2260 six-digit or 12-digit statistical division code
 * (see {@link DivisionCodes}), optionally of given levels only.
 * {@code null} is valid; combine with {@code @NotNull} when required.
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface DivisionCode {

    /**
     * @return the message template; the default is replaced by a message naming the exact rule broken
     */
    String message() default "{org.jiceng.core.validation.DivisionCode.message}";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /** @return the levels the code may denote; empty (the default) allows every level */
    DivisionLevel[] levels() default {};
}

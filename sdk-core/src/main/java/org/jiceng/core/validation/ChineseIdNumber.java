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
import org.jiceng.core.validation.internal.ChineseIdNumberValidator;

/**
 * The annotated character sequence is a resident ID number following GB 11643-1999 (see
 * {@link IdNumbers}): 18 characters, a province prefix, a valid birth date not in the future (against
 * the validator's {@link jakarta.validation.ClockProvider}) and a correct MOD 11-2 check character.
 * {@code null} is valid; combine with {@code @NotNull} when required.
 */
@Documented
@Constraint(validatedBy = ChineseIdNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface ChineseIdNumber {

    /**
     * @return the message template; the default is replaced by a message naming the exact rule broken
     */
    String message() default "{org.jiceng.core.validation.ChineseIdNumber.message}";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * @return true to also accept the legacy 15-digit form (birth date 19YYMMDD, no check digit);
     *     {@link IdNumbers#upgradeLegacy15(String)} converts it
     */
    boolean allowLegacy15() default false;
}

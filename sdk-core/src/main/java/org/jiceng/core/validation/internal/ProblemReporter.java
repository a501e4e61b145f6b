package org.jiceng.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jiceng.core.validation.CodeProblem;

/**
 * Replaces a constraint's generic message by the message of the exact rule broken, unless the user
 * wrote their own message on the annotation. Not API.
 */
final class ProblemReporter {

    private ProblemReporter() {
    }

    /**
     * @param context the validator context
     * @param annotationMessage the message template on the annotation
     * @param defaultMessage the annotation's default template
     * @param problem the rule broken
     * @param parameters message parameters the rule's message may use
     * @return false, so that validators can {@code return report(...)}
     */
    static boolean report(ConstraintValidatorContext context, String annotationMessage, String defaultMessage,
            CodeProblem problem, Map<String, Object> parameters) {
        if (context instanceof HibernateConstraintValidatorContext hibernate) {
            parameters.forEach(hibernate::addMessageParameter);
        }
        if (annotationMessage.equals(defaultMessage)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}").addConstraintViolation();
        }
        return false;
    }
}

package org.jiceng.core.validation;

/**
 * One broken rule of a code standard (a wrong check digit, an unknown province prefix...), as
 * reported by {@link IdNumbers#explain(String)}, {@link CreditCodes#explain(String)},
 * {@link DivisionCodes#explain(String)} and {@link PhoneNumbers#explain(String)}.
 */
public interface CodeProblem {

    /**
     * @return the key of the localised message in the {@code ValidationMessages} bundles, e.g.
     *     {@code org.jiceng.core.validation.ChineseIdNumber.checkDigit}
     */
    String messageKey();

    /** @return an English one-line description naming the rule and the standard */
    String description();
}

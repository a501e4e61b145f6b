package org.jiceng.cases.anticipate;

import org.jiceng.core.rules.RuleFileException;
import org.jspecify.annotations.Nullable;

/**
 * An anticipation rule set could not be loaded or bound to its detectors: the message names the
 * source (file or resource), the JSON path of the offending value and the problem, e.g.
 * {@code rules.json $.detectors.emerging.minCount: expected a whole number >= 1, was 0}.
 *
 * <p>A {@link RuleFileException}, the type every rule file of the SDK throws.
 */
public final class AnticipationRulesException extends RuleFileException {

    private static final long serialVersionUID = 1L;

    /**
     * @param source file or resource name
     * @param jsonPath JSON path of the offending value, {@code $} for the whole document
     * @param problem what is wrong
     * @param cause the underlying error, may be null
     */
    public AnticipationRulesException(String source, String jsonPath, String problem, @Nullable Throwable cause) {
        super(source, jsonPath, problem, cause);
    }
}

package org.jiceng.scoring;

import org.jiceng.core.rules.RuleFileException;
import org.jspecify.annotations.Nullable;

/**
 * A rule set could not be loaded: the message names the source (file or resource), the JSON path of
 * the offending value and the problem, e.g.
 * {@code party.json $.rules[2].cap.period: unknown period 'MONHT'; expected one of DAY, WEEK, ...}.
 *
 * <p>A {@link RuleFileException}, the type every rule file of the SDK throws.
 */
public final class RuleSetLoadException extends RuleFileException {

    private static final long serialVersionUID = 1L;

    /**
     * @param source file or resource name
     * @param jsonPath JSON path of the offending value, {@code $} for the whole document
     * @param problem what is wrong
     * @param cause the underlying error, may be null
     */
    public RuleSetLoadException(String source, String jsonPath, String problem, @Nullable Throwable cause) {
        super(source, jsonPath, problem, cause);
    }
}

package org.jiceng.core.rules;

import org.jspecify.annotations.Nullable;

/**
 * A rule file could not be loaded or used: the message names the source (file or resource), the JSON
 * path of the offending value and the problem, e.g.
 * {@code party.json $.rules[2].cap.period: unknown value 'MONHT'}. Each kind of rule file throws its
 * own subclass ({@code org.jiceng.scoring.RuleSetLoadException},
 * {@code org.jiceng.cases.anticipate.AnticipationRulesException}); catch this type to handle any of them.
 */
public class RuleFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file or resource. */
    private final String source;
    /** The JSON path of the offending value. */
    private final String jsonPath;
    /** The problem, without source and path. */
    private final String problem;

    /**
     * @param source file or resource name
     * @param jsonPath JSON path of the offending value, {@code $} for the whole document
     * @param problem what is wrong
     * @param cause the underlying error, may be null
     */
    public RuleFileException(String source, String jsonPath, String problem, @Nullable Throwable cause) {
        super(source + " " + jsonPath + ": " + problem, cause);
        this.source = source;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    /** @return the file or resource that failed */
    public String source() {
        return source;
    }

    /** @return the JSON path of the offending value */
    public String jsonPath() {
        return jsonPath;
    }

    /** @return the problem, without source and path */
    public String problem() {
        return problem;
    }
}

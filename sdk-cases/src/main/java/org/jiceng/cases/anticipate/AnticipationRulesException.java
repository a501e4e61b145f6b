package org.jiceng.cases.anticipate;

import org.jspecify.annotations.Nullable;

/**
 * An anticipation rule set could not be loaded or bound to its detectors: the message names the
 * source (file or resource), the JSON path of the offending value and the problem, e.g.
 * {@code rules.json $.detectors.emerging.minCount: expected a whole number >= 1, was 0}.
 */
public final class AnticipationRulesException extends RuntimeException {

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
    public AnticipationRulesException(String source, String jsonPath, String problem, @Nullable Throwable cause) {
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

package org.jiceng.scoring;

import org.jspecify.annotations.Nullable;

/**
 * A rule set could not be loaded: the message names the source (file or resource), the JSON path of
 * the offending value and the problem, e.g.
 * {@code party.json $.rules[2].cap.period: unknown period 'MONHT'; expected one of DAY, WEEK, ...}.
 */
public final class RuleSetLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String jsonPath;
    private final String problem;

    /**
     * @param source file or resource name
     * @param jsonPath JSON path of the offending value, {@code $} for the whole document
     * @param problem what is wrong
     * @param cause the underlying error, may be null
     */
    public RuleSetLoadException(String source, String jsonPath, String problem, @Nullable Throwable cause) {
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

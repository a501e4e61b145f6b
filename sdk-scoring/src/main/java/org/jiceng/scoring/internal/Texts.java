package org.jiceng.scoring.internal;

/** Input values quoted in messages, shortened so hostile input cannot make a message huge. */
public final class Texts {

    /** Longest value quoted in a message, in characters. */
    public static final int MAX_SHOWN_CHARS = 40;

    private Texts() {
    }

    /**
     * @param value a value from the input, may be null
     * @return the value, cut to {@value #MAX_SHOWN_CHARS} characters with an ellipsis and the full length
     */
    public static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_SHOWN_CHARS ? value
                : value.substring(0, MAX_SHOWN_CHARS) + "… (" + value.length() + " characters)";
    }
}

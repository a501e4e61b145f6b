package org.jiceng.io.geojson.internal;

/** Builds RFC 6901 JSON pointers. Not API. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * @param parent a pointer, {@code ""} for the document root
     * @param token a member name or array index
     * @return the child pointer, with {@code ~} and {@code /} escaped
     */
    public static String child(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * @param parent a pointer
     * @param index an array index
     * @return the child pointer
     */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}

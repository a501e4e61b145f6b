package org.jiceng.core.spi;

import java.util.List;

/**
 * Thrown when a provider is requested by a name that no loaded provider has. It carries the names
 * that are available, and its message says which artifact to add.
 */
public final class PluginNotFoundException extends PluginException {

    private static final long serialVersionUID = 1L;

    /** The plugin name asked for. */
    private final String requested;
    /** The names of the plugins of that kind on the class path. */
    private final List<String> available;

    PluginNotFoundException(String message, String requested, List<String> available) {
        super(message);
        this.requested = requested;
        this.available = List.copyOf(available);
    }

    /** @return the name that was asked for */
    public String requested() {
        return requested;
    }

    /** @return the names of the providers that are available, in provider order */
    public List<String> available() {
        return available;
    }
}

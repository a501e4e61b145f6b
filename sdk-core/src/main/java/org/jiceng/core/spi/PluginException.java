package org.jiceng.core.spi;

/**
 * Thrown by {@link Plugins} when plugins cannot be loaded as asked: two providers share a name, a
 * provider failed to load, or a requested name is not available. The message always names the SPI,
 * the classes involved and, where useful, what is available.
 */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the SPI and the classes involved
     */
    public PluginException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}

/**
 * The plugin mechanism every module shares. {@link org.jiceng.core.spi.Plugins} is the one place
 * that loads providers (through {@code META-INF/services}); every provider implements
 * {@link org.jiceng.core.spi.Provider} and has a unique name; duplicate names, failing providers and
 * missing names are reported with the SPI and the artifact to add, never skipped in silence.
 */
@NullMarked
package org.jiceng.core.spi;

import org.jspecify.annotations.NullMarked;

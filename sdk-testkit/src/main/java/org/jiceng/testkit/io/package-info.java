/**
 * The compatibility kit of format plugins: extend
 * {@link org.jiceng.testkit.io.FormatProviderCompatibilityKit} in a test to check a
 * {@link org.jiceng.io.spi.FormatProvider} against the whole read and write contract.
 */
@NullMarked
package org.jiceng.testkit.io;

import org.jspecify.annotations.NullMarked;

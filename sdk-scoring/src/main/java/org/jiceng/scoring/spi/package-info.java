/**
 * Plugin contract for rule packs: implement {@link org.jiceng.scoring.spi.RuleSetProvider} and list it in
 * {@code META-INF/services}; verify it with {@code RuleSetProviderCompatibilityKit} from jiceng-sdk-testkit.
 */
@NullMarked
package org.jiceng.scoring.spi;

import org.jspecify.annotations.NullMarked;

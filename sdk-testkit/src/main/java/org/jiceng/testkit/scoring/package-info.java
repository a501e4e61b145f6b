/**
 * The compatibility kit of rule-set plugins: extend
 * {@link org.jiceng.testkit.scoring.RuleSetProviderCompatibilityKit} in a test to check a
 * {@link org.jiceng.scoring.spi.RuleSetProvider} against the contract every rule-set provider meets.
 */
@NullMarked
package org.jiceng.testkit.scoring;

import org.jspecify.annotations.NullMarked;

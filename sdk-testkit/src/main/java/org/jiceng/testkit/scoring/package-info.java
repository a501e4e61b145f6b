/**
 * The compatibility kit of rule-set plugins: extend
 * {@link org.jiceng.testkit.scoring.RuleSetProviderCompatibilityKit} in a test to check a
 * {@link org.jiceng.scoring.spi.RuleSetProvider} against the contract every rule-set provider meets.
 */
package org.jiceng.testkit.scoring;

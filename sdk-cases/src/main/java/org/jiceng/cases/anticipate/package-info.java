/**
 * 未诉先办: anticipating residents' demands from case history and household visits (民情日记).
 *
 * <p>{@link org.jiceng.cases.anticipate.Visit}s and {@link org.jiceng.cases.Case}s become
 * {@link org.jiceng.cases.anticipate.Signal}s per grid × situation × ISO week (Asia/Shanghai) in a
 * {@link org.jiceng.cases.anticipate.SignalCube}; detectors named by a rule set
 * ({@link org.jiceng.cases.anticipate.AnticipationRules}, JSON, built-in pack shipped) and loaded through
 * the plugin SPI {@link org.jiceng.cases.anticipate.spi.DetectorProvider} find recurring, emerging,
 * clustered and seasonal demands; each {@link org.jiceng.cases.anticipate.Finding} carries its
 * {@link org.jiceng.cases.anticipate.Evidence}. {@link org.jiceng.cases.anticipate.ProactiveTasks} opens
 * proactive cases from findings and {@link org.jiceng.cases.anticipate.ProactiveMetrics} measures the
 * 未诉先办 rate. Start at {@link org.jiceng.cases.anticipate.Anticipation}.
 */
@NullMarked
package org.jiceng.cases.anticipate;

import org.jspecify.annotations.NullMarked;

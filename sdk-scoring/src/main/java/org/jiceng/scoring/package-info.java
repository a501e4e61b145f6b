/**
 * Explainable, versioned, deterministic points engine and gradings.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link org.jiceng.scoring.RuleSets}: {@code load(Path)}, {@code parse(json, source)},
 *       {@code builtIn(id)}, {@code available()} — rule sets from JSON files or plugins;</li>
 *   <li>{@link org.jiceng.scoring.RuleSet#builder}: rule sets in code;</li>
 *   <li>{@link org.jiceng.scoring.ScoringEngine#compile}: compile once, then
 *       {@code score(events, asOf)} → {@link org.jiceng.scoring.Scorecards} (render as text or JSON);</li>
 *   <li>{@link org.jiceng.scoring.Banding}: thresholds, colour grades, stars, 4级12档 pay bands;</li>
 *   <li>{@link org.jiceng.scoring.CompositeIndex}: weighted indices with a missing-indicator policy and
 *       monthly reports.</li>
 * </ul>
 *
 * <p>Points are {@code long} hundredths ({@link org.jiceng.scoring.Points}); periods are buckets of the
 * Asia/Shanghai calendar ({@link org.jiceng.scoring.PeriodUnit}); the clock is never read.
 */
@NullMarked
package org.jiceng.scoring;

import org.jspecify.annotations.NullMarked;

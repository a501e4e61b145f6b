/**
 * Implementation of anticipation: the built-in detectors and their providers, the baseline, tail
 * probabilities and the rule-set reader. Not API: use {@link org.jiceng.cases.anticipate.Anticipation}.
 */
@NullMarked
package org.jiceng.cases.anticipate.internal;

import org.jspecify.annotations.NullMarked;

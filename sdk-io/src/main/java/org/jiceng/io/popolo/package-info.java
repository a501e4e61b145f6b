/**
 * Popolo JSON (persons, organisations, memberships, posts, areas): the {@code popolo}
 * {@link org.jiceng.io.spi.FormatProvider} ({@link org.jiceng.io.popolo.PopoloFormatProvider}) and
 * {@link org.jiceng.io.popolo.PopoloWriter}; the mapping, including the Jiceng extension fields, is
 * documented on {@link org.jiceng.io.popolo.Popolo}.
 */
@NullMarked
package org.jiceng.io.popolo;

import org.jspecify.annotations.NullMarked;

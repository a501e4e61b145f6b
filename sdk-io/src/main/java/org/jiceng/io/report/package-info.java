/** Import reports: totals that add up, row errors with location, column, raw value, constraint and zh/en messages. */
@NullMarked
package org.jiceng.io.report;

import org.jspecify.annotations.NullMarked;

/** Import reports: totals that add up, row errors with location, column, raw value, constraint and zh/en messages. */
package org.jiceng.io.report;

/**
 * Plugin contract for case routing: {@link org.jiceng.cases.spi.CaseRoutingProvider} creates a
 * {@link org.jiceng.cases.spi.CaseRouter} from a {@link org.jiceng.cases.spi.RoutingContext}.
 */
@NullMarked
package org.jiceng.cases.spi;

import org.jspecify.annotations.NullMarked;

/**
 * Plugin contract for case routing: {@link org.jiceng.core.cases.spi.CaseRoutingProvider} creates a
 * {@link org.jiceng.core.cases.spi.CaseRouter} from a {@link org.jiceng.core.cases.spi.RoutingContext}.
 */
package org.jiceng.core.cases.spi;

/** Compatibility kit for case routing providers ({@link org.jiceng.core.cases.spi.CaseRoutingProvider}). */
package org.jiceng.testkit.cases;

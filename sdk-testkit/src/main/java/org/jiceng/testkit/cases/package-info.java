/** Compatibility kit for case routing providers ({@link org.jiceng.cases.spi.CaseRoutingProvider}). */
package org.jiceng.testkit.cases;

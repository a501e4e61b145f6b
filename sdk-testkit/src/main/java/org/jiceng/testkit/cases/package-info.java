/** Compatibility kit for case routing providers ({@link org.jiceng.cases.spi.CaseRoutingProvider}). */
@NullMarked
package org.jiceng.testkit.cases;

import org.jspecify.annotations.NullMarked;

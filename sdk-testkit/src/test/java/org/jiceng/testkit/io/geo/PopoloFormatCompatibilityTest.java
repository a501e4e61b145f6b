package org.jiceng.testkit.io.geo;

import org.jiceng.io.popolo.PopoloFormatProvider;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.testkit.io.FormatProviderCompatibilityKit;

/** The built-in Popolo format passes the format contract (persons, party members, organisations, memberships, posts, areas). */
class PopoloFormatCompatibilityTest extends FormatProviderCompatibilityKit {

    @Override
    protected FormatProvider provider() {
        return new PopoloFormatProvider();
    }
}

package org.jiceng.testkit.io;

import org.jiceng.io.json.JsonLinesFormat;
import org.jiceng.io.spi.FormatProvider;

/** The built-in JsonLinesFormat passes the format contract, table mappings included. */
class JsonLinesFormatCompatibilityTest extends FormatProviderCompatibilityKit {

    @Override
    protected FormatProvider provider() {
        return new JsonLinesFormat();
    }

    @Override
    protected boolean readsTableMappings() {
        return true;
    }
}

package org.jiceng.testkit.io;

import org.jiceng.io.json.JsonFormat;
import org.jiceng.io.spi.FormatProvider;

/** The built-in JsonFormat passes the format contract, table mappings included. */
class JsonFormatCompatibilityTest extends FormatProviderCompatibilityKit {

    @Override
    protected FormatProvider provider() {
        return new JsonFormat();
    }

    @Override
    protected boolean readsTableMappings() {
        return true;
    }
}

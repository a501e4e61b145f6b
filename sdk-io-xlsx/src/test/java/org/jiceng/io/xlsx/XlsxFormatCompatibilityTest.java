package org.jiceng.io.xlsx;

import org.jiceng.io.spi.FormatProvider;
import org.jiceng.testkit.io.FormatProviderCompatibilityKit;

/** The built-in XlsxFormat passes the format contract, table mappings included. */
class XlsxFormatCompatibilityTest extends FormatProviderCompatibilityKit {

    @Override
    protected FormatProvider provider() {
        return new XlsxFormat();
    }

    @Override
    protected boolean readsTableMappings() {
        return true;
    }
}

package org.jiceng.testkit.io;

import org.jiceng.io.csv.CsvFormat;
import org.jiceng.io.spi.FormatProvider;

/** The built-in CsvFormat passes the format contract, table mappings included. */
class CsvFormatCompatibilityTest extends FormatProviderCompatibilityKit {

    @Override
    protected FormatProvider provider() {
        return new CsvFormat();
    }

    @Override
    protected boolean readsTableMappings() {
        return true;
    }
}

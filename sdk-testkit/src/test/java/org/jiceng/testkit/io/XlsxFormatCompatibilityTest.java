package org.jiceng.testkit.io;

import org.jiceng.io.xlsx.XlsxFormat;
import org.jiceng.io.spi.FormatProvider;

/** The built-in XlsxFormat passes the format contract. */
class XlsxFormatCompatibilityTest extends FormatProviderCompatibilityKit {

    @Override
    protected FormatProvider provider() {
        return new XlsxFormat();
    }
}

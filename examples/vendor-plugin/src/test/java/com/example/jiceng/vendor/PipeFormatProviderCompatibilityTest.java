package com.example.jiceng.vendor;

import org.jiceng.io.spi.FormatProvider;
import org.jiceng.testkit.io.FormatProviderCompatibilityKit;

/** The vendor's DYX format meets the SDK's whole {@link FormatProvider} contract. */
class PipeFormatProviderCompatibilityTest extends FormatProviderCompatibilityKit {

    @Override
    protected FormatProvider provider() {
        return new PipeFormatProvider();
    }
}

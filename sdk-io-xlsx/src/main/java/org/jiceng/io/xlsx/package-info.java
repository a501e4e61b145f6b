/**
 * The XLSX format, in its own artifact ({@code jiceng-sdk-io-xlsx}) so that {@code jiceng-sdk-io} stays
 * small: reading with the JDK's zip and SAX support under per-import limits, writing as streamed
 * SpreadsheetML. Found by {@link org.jiceng.io.Formats} through {@code META-INF/services} when the jar is
 * on the class path.
 */
@NullMarked
package org.jiceng.io.xlsx;

import org.jspecify.annotations.NullMarked;

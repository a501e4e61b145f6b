/**
 * Not API. The XLSX package read without third-party code: the zip opened with {@code java.util.zip} and
 * every part's inflated bytes counted against the import's {@link org.jiceng.io.IoLimits}, the XML parsed
 * by the JDK's SAX parser with DOCTYPE refused, the shared strings held compactly within their limits, and
 * the workbook written as plain SpreadsheetML.
 */
@NullMarked
package org.jiceng.io.xlsx.internal;

import org.jspecify.annotations.NullMarked;

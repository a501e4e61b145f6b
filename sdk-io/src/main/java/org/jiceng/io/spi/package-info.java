/**
 * The format plugin contract. Implement {@link org.jiceng.io.spi.FormatProvider}, list the class in
 * {@code META-INF/services/org.jiceng.io.spi.FormatProvider} (one class per line) and test it with
 * {@code org.jiceng.testkit.io.FormatProviderCompatibilityKit}.
 *
 * <p>A provider reads bytes and hands each record, or each rejected row with its
 * {@link org.jiceng.io.report.RowError}s, to a {@link org.jiceng.io.spi.ReadSink}; the importer counts,
 * validates and reports. Tabular formats use the shared mapping layer: {@link org.jiceng.io.spi.TableHeader}
 * binds a header row (Chinese, English or aliased names) to a record kind and turns rows of cell texts
 * into records, after {@link org.jiceng.io.spi.HeaderSearch} has found which row is the header under any
 * title rows; {@link org.jiceng.io.spi.TableColumns} turns records into rows of cell texts for export
 * (masking applied); {@link org.jiceng.io.spi.SpreadsheetText} defuses formula injection. Formats with
 * their own structure (GeoJSON, Popolo, Open311) build records themselves and pass
 * {@link org.jiceng.io.spi.SourceRow#at} or their own {@code SourceRow} so that validation errors still
 * point at the right feature or field.
 */
@NullMarked
package org.jiceng.io.spi;

import org.jspecify.annotations.NullMarked;

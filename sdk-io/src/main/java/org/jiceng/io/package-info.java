/**
 * Import and export of governance datasets with row-level reports.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link org.jiceng.io.Formats}: find a format by name ({@code csv}, {@code json}, {@code jsonl},
 *       plus {@code xlsx} from {@code jiceng-sdk-io-xlsx} and other plugins) or by file extension;</li>
 *   <li>{@link org.jiceng.io.Importer}: read a file, a directory or a stream into a
 *       {@link org.jiceng.core.model.Dataset} or, streaming, into a consumer, with an
 *       {@link org.jiceng.io.report.ImportReport} (rows read, accepted, rejected; each problem with its
 *       source line or sheet row, column, raw value, constraint and messages in zh-CN and en);</li>
 *   <li>{@link org.jiceng.io.Exporter}: write a dataset, masking ID and phone numbers unless
 *       {@link org.jiceng.io.ExportOptions#unmasked()} is asked for, and defusing spreadsheet formulas.</li>
 * </ul>
 *
 * <pre>{@code
 * ImportResult result = Importer.read(Path.of("永兴路社区/党员花名册.xlsx"));
 * result.report().errors().forEach(e -> System.out.println(e.describe()));
 * Exporter.write(result.dataset(), Path.of("out.xlsx"));
 * }</pre>
 *
 * <p>A file holds records of one {@link org.jiceng.core.model.RecordKind} per file (CSV), per sheet (XLSX) or
 * per section (JSON dataset document); headers may be English field names or Chinese headers. Imports
 * only ever throw {@link org.jiceng.io.ImportException}, for problems with the source as a whole;
 * {@link org.jiceng.io.IoLimits} bounds memory against hostile input.
 */
@NullMarked
package org.jiceng.io;

import org.jspecify.annotations.NullMarked;

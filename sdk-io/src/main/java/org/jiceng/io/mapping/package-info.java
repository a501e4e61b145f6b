/**
 * Annotated mapping of an integrator's own records to tables, as Chinese Java developers know it from
 * EasyExcel: annotate the components of a record with {@link org.jiceng.io.mapping.Column}, make a
 * {@link org.jiceng.io.mapping.TableMapping} and import or export it through any installed table format
 * (CSV, JSON, JSON Lines, XLSX with {@code jiceng-sdk-io-xlsx}) with the same header matching, value
 * normalisation, Bean Validation, masking and row-level {@link org.jiceng.io.report.ImportReport} as the
 * built-in record kinds.
 *
 * <pre>{@code
 * @Table(value = "居民", key = "residents")
 * record Resident(@Column("姓名") @NotBlank String name,
 *                 @Column(value = "身份证号", aliases = "公民身份号码") @ChineseIdNumber String idNumber,
 *                 @Column("出生日期") LocalDate born) { }
 *
 * TableMapping<Resident> residents = TableMapping.of(Resident.class);
 * MappedImport<Resident> in = Importer.read(Path.of("居民.xlsx"), residents, ImportOptions.defaults());
 * Exporter.write(residents, in.rows(), Path.of("居民-脱敏.csv"), ExportOptions.defaults());
 * }</pre>
 *
 * <p>A record that cannot carry the annotations (a class from another library) is mapped with
 * {@link org.jiceng.io.mapping.TableMapping#builder(Class)}.
 */
@NullMarked
package org.jiceng.io.mapping;

import org.jspecify.annotations.NullMarked;

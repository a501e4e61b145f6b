/**
 * Annotated mapping of an integrator's own records and classes to tables, as Chinese Java developers know it
 * from EasyExcel: annotate the components of a record, or the fields of a class with a public no-argument
 * constructor (a POJO), with {@link org.jiceng.io.mapping.Column}, make a
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
 * <p>The same table as an EasyExcel-style class: each instance field is a column (superclass fields first,
 * then in declaration order; {@code static} and {@code transient} fields are not), filled through its public
 * setter or else the field, read through its public getter ({@code getX}, {@code isX}) or else the field;
 * constraints on fields and getters are validated.
 *
 * <pre>{@code
 * @Table(value = "居民", key = "residents")
 * public class ResidentRow {
 *     private @Column("姓名") @NotBlank String name;
 *     private @Column(value = "身份证号", aliases = "公民身份号码") @ChineseIdNumber String idNumber;
 *     private @Column(value = "备注", required = false) String note = "";   // blank cell: ""
 *     public ResidentRow() { }
 *     // getters and setters
 * }
 *
 * MappedImport<ResidentRow> rows = Importer.read(Path.of("居民.xlsx"), TableMapping.of(ResidentRow.class),
 *         ImportOptions.defaults());
 * }</pre>
 *
 * <p>A class that cannot be mapped is refused when its {@link org.jiceng.io.mapping.TableMapping} is made,
 * with a {@link org.jiceng.io.mapping.MappingException} naming the class and member in English and Chinese:
 * no public no-argument constructor, a final field without a setter, a field type no cell holds, an abstract
 * or non-static inner class.
 *
 * <p>A record or class that cannot carry the annotations (one from another library) is mapped with
 * {@link org.jiceng.io.mapping.TableMapping#builder(Class)}.
 */
@NullMarked
package org.jiceng.io.mapping;

import org.jspecify.annotations.NullMarked;

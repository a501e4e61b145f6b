package org.jiceng.io.visits;

import org.jiceng.cases.anticipate.Visit;
import org.jiceng.io.mapping.PersonalData;
import org.jiceng.io.mapping.TableMapping;

/**
 * The table form of a household {@link Visit} (民情日记), for importing and exporting visit notes through any
 * table format like every other kind: the Chinese headers cadres' diaries use, with aliases; the resident's
 * name and phone personal (masked on export unless asked otherwise, and in the values import reports
 * echo); Bean Validation of every row (a malformed phone is rejected with its row, column and masked value).
 *
 * <pre>{@code
 * MappedImport<Visit> diary = Importer.read(Path.of("走访记录.xlsx"), VisitTable.MAPPING, ImportOptions.defaults());
 * AnticipationInput input = new AnticipationInput(cases, diary.rows(), grids, neighbours, catalogue, from, to);
 * Exporter.write(VisitTable.MAPPING, diary.rows(), Path.of("走访记录-脱敏.csv"), ExportOptions.defaults());
 * }</pre>
 *
 * <p>Columns, in order (aliases in brackets): 走访编号 (编号, 记录编号), 网格编号 (所属网格, 网格), 小区编号 (所属小区,
 * 小区), 户编号 (住户编号, 户号), 走访人编号 (走访人, 走访干部), 走访日期 (日期, 走访时间), 诉求类别 (情形代码,
 * 问题类别; {@code ;}-separated situation codes), 标签 (关键词; {@code ;}-separated), 需跟进 (是否需要跟进, 需要回访;
 * 是/否), 居民姓名 (受访人, 户主姓名), 联系电话 (居民电话, 手机号), 民情记录 (备注, 走访记录). Required: the
 * number, grid, visitor and date.
 */
public final class VisitTable {

    /** The mapping of {@link Visit}: table 走访记录 ({@code visits}). */
    public static final TableMapping<Visit> MAPPING = TableMapping.builder(Visit.class)
            .table("走访记录", "visits")
            .column("id", "走访编号", "编号", "记录编号")
            .column("gridId", "网格编号", "所属网格", "网格")
            .column("compoundId", "小区编号", "所属小区", "小区")
            .column("householdId", "户编号", "住户编号", "户号")
            .column("visitorId", "走访人编号", "走访人", "走访干部")
            .column("date", "走访日期", "日期", "走访时间")
            .column("situationCodes", "诉求类别", "情形代码", "问题类别")
            .column("tags", "标签", "关键词")
            .column("followUpNeeded", "需跟进", "是否需要跟进", "需要回访")
            .column("residentName", "居民姓名", "受访人", "户主姓名")
            .personal("residentName", PersonalData.NAME)
            .column("residentPhone", "联系电话", "居民电话", "手机号")
            .column("note", "民情记录", "备注", "走访记录")
            .required("note", false)
            .build();

    private VisitTable() {
    }
}

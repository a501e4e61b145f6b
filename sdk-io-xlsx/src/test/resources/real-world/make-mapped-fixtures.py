#!/usr/bin/python3
"""Writes the workbooks of the annotated-mapping tests with openpyxl (Debian's python3-openpyxl), not the SDK.

Run from this directory with /usr/bin/python3 make-mapped-fixtures.py; the workbooks are committed, this
script documents how they were made. residents-roster.xlsx is a community's own resident roster read
through the test record org.jiceng.io.mapping.Resident: a merged banner, a 序号 column, headers by alias
(公民身份号码), a column the record has no field for (民族), numbers, dates and yes/no as typed cells, a
填表说明 sheet. visit-diary.xlsx is a 民情日记 read through org.jiceng.io.visits.VisitTable.
"""
import datetime
import importlib.util
import openpyxl

# The ID-number and banner helpers of the other fixtures' script.
_spec = importlib.util.spec_from_file_location("make_fixtures", "make-fixtures.py")
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)
id_number = _fixtures.id_number
banner = _fixtures.banner


def residents():
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填表说明"
    notes.append(["身份证号请设置为文本格式；是否党员填 是 或 否。"])
    ws = wb.create_sheet("居民花名册")
    banner(ws, "永兴路社区居民花名册（2024年）", 12)
    ws.append(["序号", "姓名", "公民身份号码", "联系电话", "出生日期", "家庭人口", "户籍编号", "补贴金额",
               "是否党员", "居住状态", "民族", "备注"])
    # 1: every cell as a clerk types it: date cell, whole numbers, a decimal, a boolean cell.
    ws.append([1, "张三", id_number("11010519491231002"), "13812345678", datetime.date(1949, 12, 31), 3,
               100200300400, 1200.5, True, "常住", "汉族", None])
    # 2: the date typed as text in a roster form, 是/否 as text, a note.
    ws.append([2, "李四", id_number("53011119800101123"), None, "1980年1月1日", 2, 100200300401, 0, "否",
               "流动", "彝族", "租户"])
    # 3: a wrong check digit: rejected with its row, column and masked value.
    ws.append([3, "王五", "530111198001011234", "13912345678", datetime.date(1980, 1, 1), 1, 100200300402, 300,
               False, "常住", "汉族", None])
    for row in ws.iter_rows(min_row=3, min_col=3, max_col=4):
        for cell in row:
            cell.number_format = "@"
    for row in ws.iter_rows(min_row=3, min_col=5, max_col=5):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
    wb.save("residents-roster.xlsx")


def visits():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "民情日记"
    banner(ws, "G001 网格民情日记（2024年5月）", 10)
    ws.append(["编号", "所属网格", "走访干部", "走访日期", "问题类别", "标签", "是否需要跟进", "受访人", "手机号", "备注"])
    ws.append(["V1", "G001", "m1", datetime.date(2024, 5, 6), "S01;S07", "漏水", True, "王某某", "13912345678",
               "反映楼道漏水"])
    ws.append(["V2", "G001", "m1", datetime.date(2024, 5, 7), None, "走访", False, None, None, None])
    # A phone one digit short: rejected, the value masked in the report.
    ws.append(["V3", "G001", "m2", datetime.date(2024, 5, 8), "S02", None, False, "李某", "1381234567", None])
    for row in ws.iter_rows(min_row=3, min_col=4, max_col=4):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    wb.save("visit-diary.xlsx")


if __name__ == "__main__":
    residents()
    visits()

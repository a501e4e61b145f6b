#!/usr/bin/python3
"""Writes the real-world XLSX fixtures with openpyxl (Debian's python3-openpyxl), not with the SDK.

Run from this directory with /usr/bin/python3 make-fixtures.py; the workbooks are committed, this script
documents how they were made. Shapes follow district rosters: a merged banner above the header, a 序号
column, codes typed as numbers, a 填表说明 sheet, one sheet per branch, dates as date cells and serials.
"""
import datetime
import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECKS = "10X98765432"


def id_number(base17):
    return base17 + CHECKS[sum(int(d) * w for d, w in zip(base17, WEIGHTS)) % 11]


def banner(ws, text, width):
    ws.append([text])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")


def numeric_codes():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人员"
    banner(ws, "永兴路社区人员花名册（2024年）", 6)
    ws.append(["序号", "编号", "姓名", "身份证号码", "联系电话", "所属社区"])
    # 1: every code typed as text, as the form asks: accepted unchanged.
    ws.append([1, "p1", "张三", id_number("11010519491231002"), "13812345678", "c1"])
    # 2: ID number typed into a General cell: Excel keeps 15 digits and writes 1.10105199001011E+17.
    ws.append([2, "p2", "李四", 1.10105199001011e17, "13900001111", "c1"])
    # 3: the same, written with every digit by a tool that stores Python ints: still a number cell.
    ws.append([3, "p3", "王五", int(id_number("11010519900101123")), None, "c1"])
    # 4: an 11-digit phone stored as a whole number: exact, accepted with a warning.
    ws.append([4, "p4", "赵六", None, 13812345678, "c1"])
    # 5: a numeric person id: exact, accepted with a warning.
    ws.append([5, 1005, "钱七", None, None, None])
    # 6: a phone typed as a decimal number: not a code, rejected.
    ws.append([6, "p6", "孙八", None, 1381234567.5, None])
    wb.save("numeric-codes.xlsx")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "区域"
    ws.append(["编号", "名称", "层级", "区划代码", "户数"])
    # A 12-digit division code stored as a number is exact: accepted with a warning.
    ws.append(["c1", "永兴路社区", "社区", 110105001001, 1200])
    ws.append(["s1", "永兴街道", "街道", "110105001000", 9000])
    wb.save("division-codes.xlsx")


def branches():
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填表说明"
    notes.append(["填表说明"])
    notes.append(["1. 身份证号码、联系电话请设置为文本格式后填写。"])
    notes.append(["2. 入党时间按 年/月/日 填写。"])
    notes.merge_cells("A1:D1")

    one = wb.create_sheet("一支部")
    banner(one, "第一党支部党员名册", 4)
    one.append(["序号", "人员编号", "党员类别", "入党时间"])
    for i, (pid, status, joined) in enumerate([("p1", "正式", datetime.date(2001, 7, 1)),
                                                ("p2", "预备", datetime.date(2024, 6, 1))], start=1):
        one.append([i, pid, status, joined])
        one.cell(one.max_row, 4).number_format = 'yyyy"年"m"月"d"日"'

    two = wb.create_sheet("二支部")
    banner(two, "第二党支部党员名册", 4)
    two.append(["序号", "人员编号", "党员类别", "入党时间"])
    two.append([1, "p3", "正式", 36708])             # a serial in a General cell: 2000-07-01
    two.append([2, "p4", "正式", 43647])             # 2019-07-01
    two.cell(two.max_row, 4).number_format = "yyyy/m/d"
    two.append([3, "p5", "正式", datetime.date(1999, 12, 31)])
    two.cell(two.max_row, 4).number_format = "yyyy-mm-dd"
    two.append([4, "p6", "流动", 36708])             # no such member status: rejected at 二支部 row 6
    wb.save("branches-with-notes.xlsx")

    mac = openpyxl.Workbook()
    mac.epoch = CALENDAR_MAC_1904
    ws = mac.active
    ws.title = "党员"
    ws.append(["人员编号", "党员类别", "入党日期"])
    ws.append(["p1", "正式", datetime.date(2001, 7, 1)])
    ws.cell(2, 3).number_format = "yyyy-mm-dd"
    mac.save("mac-1904-dates.xlsx")


if __name__ == "__main__":
    numeric_codes()
    branches()

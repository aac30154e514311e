"""The import report for people: Chinese text, and the rejected rows as a workbook to fix."""

from __future__ import annotations

from pathlib import Path

from jinsha_desk.cells import put
from jinsha_desk.importing.importer import ImportReport
from jinsha_desk.roster.idcard import REASONS as ID_REASONS

REASON_TEXT = {
    "name_missing": "缺少姓名",
    "id_conflict": "身份证号码已登记在另一人名下（同一号码只能属于一个人），已登记的是",
    "control_characters": "含有不可见的控制字符（可能来自其他系统的导出），请删除后重新导入：",
    **ID_REASONS,
}
WARNING_TEXT = {
    "gender_mismatch": "性别与身份证号码不符，已按身份证号码登记",
    "birth_mismatch": "出生日期与身份证号码不符，已按身份证号码登记",
    "conflicting_duplicate": "同一身份证号码在导入文件中出现多次且内容不同，已保留最先出现的一行",
}
SKIP_TEXT = {
    "blank": "空行",
    "title": "标题行",
    "header": "表头行",
    "total": "合计行",
    "signature": "签字行",
    "duplicate": "重复行（与前面一行完全相同）",
}


def reason_text(rejection) -> str:
    """Why a row was not imported, with what the clerk needs to fix it."""
    text = REASON_TEXT[rejection.reason]
    return f"{text}{rejection.detail}" if rejection.detail else text


def where(file: str, sheet: str, row: int) -> str:
    return f"{file}「{sheet}」第{row}行"


def report_text(report: ImportReport) -> str:
    lines = []
    head = "试导入（未写入数据库）" if report.dry_run else "导入完成"
    lines.append(f"{head}：新增 {report.new} 人，更新 {report.updated} 人，无变化 {report.unchanged} 人。")
    if report.rejected:
        lines.append(f"未导入 {len(report.rejected)} 行：")
        for r in report.rejected:
            value = f"（{r.value}）" if r.value else ""
            lines.append(f"  {where(r.ref.file, r.ref.sheet, r.ref.row)}{value}：{reason_text(r)}")
    if report.warnings:
        lines.append(f"提醒 {len(report.warnings)} 条：")
        for w in report.warnings:
            lines.append(f"  {where(w.ref.file, w.ref.sheet, w.ref.row)}（{w.id_number}）：{WARNING_TEXT[w.code]}")
    counted: dict[str, int] = {}
    for s in report.skipped:
        counted[s.kind] = counted.get(s.kind, 0) + 1
    if counted:
        parts = "，".join(f"{SKIP_TEXT[k]} {n} 行" for k, n in counted.items())
        lines.append(f"跳过：{parts}。")
        for s in report.skipped:
            if s.kind in ("total", "signature"):
                lines.append(f"  {where(s.ref.file, s.ref.sheet, s.ref.row)}：{SKIP_TEXT[s.kind]}，未作为居民导入")
    for file, sheet in report.sheets_skipped:
        lines.append(f"工作表 {file}「{sheet}」没有花名册表头（姓名、身份证号码），已跳过。")
    return "\n".join(lines)


def write_rejected(report: ImportReport, out: Path) -> Path:
    """Every rejected row with its original cells, where it came from and why, to fix and re-import."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "未导入的行"
    # Each source sheet's rows go under that sheet's own header row; the importer reads a
    # repeated header row as a header, so the fixed file re-imports as it is.
    current_source = None
    for r in report.rejected:
        source = (r.ref.file, r.ref.sheet)
        if source != current_source:
            current_source = source
            header = report.headers.get(source, [])
            names = ["原因", "文件", "工作表", "行号", *["" if h is None else h for h in header]]
            sheet.append([None] * len(names))
            for cell, value in zip(sheet[sheet.max_row], names):
                put(cell, value)
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
        cells = ["" if c is None else c for c in r.cells]
        sheet.append([None] * (4 + len(cells)))
        for cell, value in zip(sheet[sheet.max_row], [reason_text(r), r.ref.file, r.ref.sheet, r.ref.row, *cells]):
            # IDs go back as text so that re-opening in Excel does not mangle them again.
            put(cell, repr(value) if isinstance(value, float) and value > 1e14 else value)
            if isinstance(cell.value, str) and cell.column > 4:
                cell.number_format = "@"
    fill = PatternFill("solid", fgColor="FFF2CC")
    for row in sheet.iter_rows(min_row=2, max_col=1):
        row[0].fill = fill
    sheet.column_dimensions["A"].width = 48
    sheet.freeze_panes = "B2"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    return out

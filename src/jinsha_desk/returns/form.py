"""The form every return takes: a merged title, a 填报单位 / 填报时间 line, a frozen header repeated on
every printed page, borders, widths fitted to the content (Chinese counts double), A4 landscape fitted
to the page width, page numbers in the footer, and a 填表人 / 审核人 line at the end.

ID and phone numbers are text cells, dates real dates shown as yyyy-mm-dd, counts and hours numbers:
the street office can sum them and Excel never mangles an ID.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jinsha_desk.cells import sheet_text
from jinsha_desk.errors import Cancelled

TEXT, ID, PHONE, DATE, NUMBER = "text", "id", "phone", "date", "number"
_FORMATS = {TEXT: "@", ID: "@", PHONE: "@", DATE: "yyyy-mm-dd", NUMBER: "General"}
_FONT = "宋体"
_WIDTH_SAMPLE = 2000


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    # The importer's canonical field (roster.fields / importing.headers) for filling templates.
    key: str = ""


@dataclass
class ReturnTable:
    code: str
    title: str
    columns: list[Column]
    rows: list[Sequence[object]]
    period: str = ""
    notes: list[str] = field(default_factory=list)


def display_width(value: object) -> int:
    """Columns as Excel sizes them: a Chinese character takes two places."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    text = value if isinstance(value, str) else f"{value:g}" if isinstance(value, float) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_widths(table: ReturnTable) -> list[float]:
    widths = [display_width(c.header) for c in table.columns]
    for row in table.rows[:_WIDTH_SAMPLE]:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], display_width(value))
    return [min(max(w + 2, 6), 60) for w in widths]


def cell_value(value: object, kind: str) -> object:
    if value is None:
        return None
    if kind in (TEXT, ID, PHONE):
        return str(value)
    return value


def write_return(
    table: ReturnTable,
    out: Path,
    unit: str,
    filled_on: dt.date,
    signers: tuple[str, str] = ("", ""),
    progress: Callable[[float, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Path:
    """Write one return as a workbook ready to print and send; returns the path written.

    Written with xlsxwriter in constant-memory mode (a row at a time, about twice as fast as openpyxl's
    write-only mode: bench/README.md); openpyxl stays for filling the street office's own templates.
    Text goes in with write_string, so a value beginning with = is text, never a formula."""
    import xlsxwriter  # loaded when a return is written, not when the app starts

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(out), {"constant_memory": True, "tmpdir": tempfile.gettempdir()})
    try:
        _fill_sheet(workbook, table, unit, filled_on, signers, progress, cancel)
    except Cancelled:
        workbook.close()  # the half-written file is the caller's partial file, removed by it
        raise
    workbook.close()
    return out


def _fill_sheet(workbook, table: ReturnTable, unit: str, filled_on: dt.date, signers: tuple[str, str],
                progress: Callable[[float, str], None] | None, cancel: Callable[[], bool] | None) -> None:
    sheet = workbook.add_worksheet(table.title[:31])
    count = len(table.columns)

    def style(size: int = 11, bold: bool = False, centred: bool = False, bordered: bool = False,
              number_format: str = "General"):
        properties = {"font_name": _FONT, "font_size": size, "bold": bold, "num_format": number_format,
                      "valign": "vcenter"}
        if centred:
            properties.update(align="center", text_wrap=True)
        if bordered:
            properties["border"] = 1
        return workbook.add_format(properties)

    for index, width in enumerate(column_widths(table)):
        sheet.set_column(index, index, width)
    sheet.freeze_panes(3, 0)
    title_text = f"{table.title}（{table.period}）" if table.period else table.title
    sheet.set_row(0, 30)
    if count > 1:
        sheet.merge_range(0, 0, 0, count - 1, sheet_text(title_text), style(16, bold=True, centred=True))
    else:
        sheet.write_string(0, 0, sheet_text(title_text), style(16, bold=True, centred=True))
    half = max(1, count // 2)
    plain = style()
    sheet.write_string(1, 0, sheet_text(f"填报单位：{unit}"), plain)
    sheet.write_string(1, half, f"填报时间：{filled_on:%Y-%m-%d}", plain)
    header = style(bold=True, centred=True, bordered=True, number_format="@")
    for column, c in enumerate(table.columns):
        sheet.write_string(2, column, sheet_text(c.header), header)
    sheet.repeat_rows(2)
    formats = {kind: style(bordered=True, number_format=number_format) for kind, number_format in _FORMATS.items()}
    writers = {TEXT: sheet.write_string, ID: sheet.write_string, PHONE: sheet.write_string}
    columns = [(index, c.kind, formats[c.kind]) for index, c in enumerate(table.columns)]
    total = len(table.rows)
    for index, row in enumerate(table.rows):
        if index % 5000 == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            if progress is not None:
                progress(index / max(total, 1), f"正在写入第 {index + 1} 行，共 {total} 行")
        line = index + 3
        for (column, kind, cell_format), value in zip(columns, row):
            if value is None or value == "":
                sheet.write_blank(line, column, None, cell_format)
            elif kind in writers or isinstance(value, str):
                sheet.write_string(line, column, sheet_text(str(value)), cell_format)
            elif isinstance(value, dt.date):
                sheet.write_datetime(line, column, value, cell_format)
            else:
                sheet.write_number(line, column, value, cell_format)
    line = total + 4
    small = style(10)
    for note in table.notes:
        sheet.write_string(line, 0, sheet_text(note), small)
        line += 1
    preparer, reviewer = signers
    sheet.write_string(line, 0, sheet_text(f"填表人：{preparer}"), plain)
    sheet.write_string(line, half, sheet_text(f"审核人：{reviewer}"), plain)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.center_horizontally()
    sheet.set_margins(left=0.4, right=0.4)
    sheet.set_footer("&C第 &P 页 共 &N 页")

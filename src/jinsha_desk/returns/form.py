"""The form every return takes: a merged title, a 填报单位 / 填报时间 line, a frozen header repeated on
every printed page, borders, widths fitted to the content (Chinese counts double), A4 landscape fitted
to the page width, page numbers in the footer, and a 填表人 / 审核人 line at the end.

ID and phone numbers are text cells, dates real dates shown as yyyy-mm-dd, counts and hours numbers:
the street office can sum them and Excel never mangles an ID.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from jinsha_desk.cells import put
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
    """Write one return as a workbook ready to print and send; returns the path written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(table.title[:31])
    count = len(table.columns)
    last = get_column_letter(count)
    for index, width in enumerate(column_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    # A write-only sheet writes its properties and views with the first row: set them now.
    sheet.freeze_panes = "A4"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    def styled(value: object, font: Font, align: Alignment | None = None, bordered: bool = False,
               number_format: str = "General") -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet)
        put(cell, value)
        cell.font = font
        if align is not None:
            cell.alignment = align
        if bordered:
            cell.border = border
        cell.number_format = number_format
        return cell

    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    title_text = f"{table.title}（{table.period}）" if table.period else table.title
    sheet.append([styled(title_text, Font(name=_FONT, size=16, bold=True), center)])
    sheet.merged_cells.add(f"A1:{last}1")
    sheet.row_dimensions[1].height = 30
    half = max(1, count // 2)
    info = [styled(f"填报单位：{unit}", Font(name=_FONT, size=11))] + [None] * (half - 1)
    info += [styled(f"填报时间：{filled_on:%Y-%m-%d}", Font(name=_FONT, size=11))]
    sheet.append(info)
    header_font = Font(name=_FONT, size=11, bold=True)
    sheet.append([styled(c.header, header_font, center, True, "@") for c in table.columns])
    sheet.print_title_rows = "3:3"
    # One prototype style per column kind, shared by every cell of that kind: far cheaper than styling
    # each cell, and safe because a write-only cell is serialised as soon as its row is appended.
    body_font = Font(name=_FONT, size=11)
    prototypes = {
        kind: styled("", body_font, Alignment(vertical="center"), True, number_format)._style
        for kind, number_format in _FORMATS.items()
    }
    kinds = [c.kind for c in table.columns]
    total = len(table.rows)
    try:
        for index, row in enumerate(table.rows):
            if index % 5000 == 0:
                if cancel is not None and cancel():
                    raise Cancelled()
                if progress is not None:
                    progress(index / max(total, 1), f"正在写入第 {index + 1} 行，共 {total} 行")
            cells = []
            for value, kind in zip(row, kinds):
                cell = WriteOnlyCell(sheet)
                put(cell, cell_value(value, kind))
                cell._style = prototypes[kind]
                cells.append(cell)
            sheet.append(cells)
    except Cancelled:
        sheet.close()  # finish the sheet's temporary buffer, and remove it: nothing is saved anywhere
        sheet._writer.cleanup()
        raise
    sheet.append([])
    for note in table.notes:
        sheet.append([styled(note, Font(name=_FONT, size=10))])
    preparer, reviewer = signers
    signature = [styled(f"填表人：{preparer}", Font(name=_FONT, size=11))] + [None] * (half - 1)
    signature += [styled(f"审核人：{reviewer}", Font(name=_FONT, size=11))]
    sheet.append(signature)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = "第 &P 页 共 &N 页"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    return out

"""Filling another office's or system's own template: find its header row, fill the columns we
recognise in the template's own vocabulary and formats, keep its title and formatting, and say which
columns could not be filled and which values its drop-down lists have no entry for.

What a template brings and how it is met:
- example rows under the header (张三, 5104…) are overwritten or cleared, never left behind;
- a column with a drop-down list (data validation) gets the list's own spelling (中共党员 → 中国共产党党员);
- 序号 is numbered; dates follow the column's format; a column too narrow for what it now holds is widened;
- data rows get the header's borders; 填报单位 / 填报日期 / 统计截止日期 / 填表人 / 审核人 lines are filled;
- a template without page setup prints A4 landscape, one page wide, the header on every page.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jinsha_desk.cells import put
from jinsha_desk.errors import Cancelled, DeskError
from jinsha_desk.importing.headers import HEADER_SEARCH_ROWS, clean_header, field_for
from jinsha_desk.returns.form import ReturnTable, cell_value, column_widths, display_width
from jinsha_desk.roster import vocabularies

# Template headers that carry a whole address, filled from our grid-less address parts.
_ADDRESS_KEYS = {"address", "registered_address"}
# A template's column for a field we keep under another name (a 手机号码 column gets the phone).
_FILLED_FROM = {"mobile": "phone", "registered_address": "address"}
_SERIAL = {"序号", "顺序号", "序"}
# Values compared through the national vocabularies, so that 中共党员 finds 中国共产党党员 in a list.
_NORMALISE = {"political_status": vocabularies.political_status, "relation": vocabularies.relation,
              "ethnicity": vocabularies.ethnicity}
_FOOTER = re.compile(r"填表人|审核人|制表人|填报人|负责人|填报单位|填报日期|填表日期|统计截止|截止日期|制表日期|签字|盖章")
_INFO = re.compile(r"^(?P<label>填报单位|填报日期|填表日期|统计截止日期|截止日期|填表人|审核人|制表人)[:：]?[\s_＿]*$")


@dataclass
class TemplateResult:
    path: Path
    unfilled: list[str] = field(default_factory=list)
    # "政治面貌：群众" for values a drop-down list of the template has no entry for (written as they are).
    unmatched: list[str] = field(default_factory=list)


def _column_for(header: object, table: ReturnTable) -> int | None:
    """Which of the table's columns a template header asks for: by our own heading, else by the
    importer's synonyms (身份证号 → id_number …)."""
    cleaned = clean_header(header)
    if not cleaned:
        return None
    for index, column in enumerate(table.columns):
        if clean_header(column.header) == cleaned:
            return index
    key = field_for(header)
    key = _FILLED_FROM.get(key, key)
    for index, column in enumerate(table.columns):
        if key and column.key == key:
            return index
    return None


def _address_parts(table: ReturnTable) -> list[int] | None:
    keys = [c.key for c in table.columns]
    if all(k in keys for k in ("building", "unit", "room")):
        return [keys.index(k) for k in ("building", "unit", "room")]
    return None


def _find_header(sheet, table: ReturnTable) -> tuple[int, dict[int, object]]:
    """The header row and, per template column, our column index, 'address' or 'serial'."""
    best_row, best = None, {}
    for row in sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, HEADER_SEARCH_ROWS)):
        chosen: dict[int, object] = {}
        for cell in row:
            if cell.value is None:
                continue
            index = _column_for(cell.value, table)
            if index is not None:
                chosen[cell.column] = index
            elif field_for(cell.value) in _ADDRESS_KEYS:
                chosen[cell.column] = "address"
            elif clean_header(cell.value) in _SERIAL:
                chosen[cell.column] = "serial"
        if len(chosen) > len(best):
            best_row, best = row[0].row, chosen
    if best_row is None or sum(1 for v in best.values() if v != "serial") < 2:
        raise DeskError(f"没有在模板前 {HEADER_SEARCH_ROWS} 行里找到能识别的表头。")
    return best_row, best


def _row_values(sheet, row: int) -> list[object]:
    return [c.value for c in sheet[row] if c.value not in (None, "")]


def _is_footer(values: list[object]) -> bool:
    return any(_FOOTER.search(str(v)) for v in values)


def _lists(workbook, sheet) -> list[tuple[object, list[str]]]:
    """Each drop-down list of the sheet: the cells it covers and its entries (inline or on a sheet)."""
    found = []
    for validation in sheet.data_validations.dataValidation:
        if validation.type != "list" or not validation.formula1:
            continue
        formula = validation.formula1.strip()
        if formula.startswith('"'):
            entries = [e.strip() for e in formula.strip('"').split(",")]
        else:
            match = re.match(r"^=?'?(?P<sheet>[^'!]+)'?!\$?(?P<c1>[A-Z]+)\$?(?P<r1>\d+):\$?(?P<c2>[A-Z]+)\$?(?P<r2>\d+)$",
                             formula)
            if not match or match["sheet"] not in workbook.sheetnames:
                continue
            source = workbook[match["sheet"]]
            cells = source[f"{match['c1']}{match['r1']}:{match['c2']}{match['r2']}"]
            entries = [str(c.value).strip() for row in cells for c in row if c.value not in (None, "")]
        found.append((validation.sqref, [e for e in entries if e]))
    return found


def _list_for(lists: list[tuple[object, list[str]]], coordinate: str) -> list[str] | None:
    return next((entries for ranges, entries in lists if coordinate in ranges), None)


def _spelling(value: object, entries: list[str], key: str | None) -> str | None:
    """The list's own entry for ``value``, or None when it has none (or several candidates)."""
    text = str(value)
    if text in entries:
        return text
    normalise = _NORMALISE.get(key or "")
    if normalise is not None:
        def standard(item: str) -> str | None:
            try:
                return normalise(item)
            except DeskError:
                return None
        mine = standard(text)
        same = [e for e in entries if mine and standard(e) == mine]
        if len(same) == 1:
            return same[0]
    near = [e for e in entries if text and (text in e or e in text)]
    return near[0] if len(near) == 1 else None


def _is_date_format(number_format: str) -> bool:
    return any(mark in number_format.lower() for mark in ("yy", "m月", "d日", "mm/dd", "m/d"))


def _bordered(cell, style, header_border) -> None:
    """The template's own data-row style, with the header's borders where that style has none."""
    cell._style = copy.copy(style)
    if not cell.border.left.style and header_border.left.style:
        cell.border = copy.copy(header_border)


def _fill_info_lines(sheet, info: dict[str, str], skip_rows: set[int]) -> None:
    """Lines such as '填报单位：' or '统计截止日期：____' get their values."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.row in skip_rows or not isinstance(cell.value, str):
                continue
            match = _INFO.match(cell.value.strip())
            if match and info.get(match["label"]):
                put(cell, f"{match['label']}：{info[match['label']]}")


def fill_template(
    table: ReturnTable, template: Path, out: Path, info: dict[str, str] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> TemplateResult:
    """``info`` holds the values of a template's 填报单位 / 填报日期 / 统计截止日期 / 填表人 / 审核人 lines."""
    from openpyxl import load_workbook
    from openpyxl.worksheet.properties import PageSetupProperties

    if not template.is_file():
        raise DeskError(f"找不到模板文件：{template}")
    try:
        workbook = load_workbook(template)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise DeskError(f"模板 {template.name} 无法作为 Excel 工作簿打开：{exc}") from exc
    sheet = workbook.worksheets[0]
    try:
        header_row, chosen = _find_header(sheet, table)
    except DeskError as exc:
        raise DeskError(f"模板 {template.name}：{exc.message}") from None
    headers = {cell.column: cell.value for cell in sheet[header_row] if cell.value is not None}
    unfilled = [str(h).strip() for col, h in headers.items() if col not in chosen]
    first = header_row + 1
    # Example rows sit right under the header; the footer (signature, dates) further down is kept
    # and written again under the data.
    examples, footer = [], []
    for row in range(first, sheet.max_row + 1):
        values = _row_values(sheet, row)
        if values and _is_footer(values):
            footer.append(row)
        elif values and not footer:
            examples.append(row)
    footer_cells = [[(c.column, c.value, copy.copy(c._style)) for c in sheet[row]] for row in footer]
    for row in examples + footer:
        for cell in sheet[row]:
            cell.value = None
    styles = {col: copy.copy(sheet.cell(row=first, column=col)._style) for col in headers}
    header_borders = {col: copy.copy(sheet.cell(row=header_row, column=col).border) for col in headers}
    formats = {col: sheet.cell(row=first, column=col).number_format for col in headers}
    lists = _lists(workbook, sheet)
    parts = _address_parts(table)
    unmatched: list[str] = []
    written: dict[int, int] = {}  # template column → widest value written where it is not our own
    for offset, values in enumerate(table.rows):
        if offset % 2000 == 0 and cancel is not None and cancel():
            raise Cancelled()
        for col in headers.keys() - chosen.keys():  # a column left empty still gets its grid lines
            _bordered(sheet.cell(row=first + offset, column=col), styles[col], header_borders[col])
        for col, source in chosen.items():
            cell = sheet.cell(row=first + offset, column=col)
            if source == "serial":
                value, kind, key = offset + 1, "number", None
            elif source == "address":
                value, kind, key = "".join(str(values[i] or "") for i in parts) if parts else "", "text", "address"
            else:
                value, kind, key = values[source], table.columns[source].kind, table.columns[source].key
            entries = _list_for(lists, cell.coordinate) if value not in (None, "") else None
            if entries:
                spelled = _spelling(value, entries, key)
                if spelled is None:
                    unmatched.append(f"{str(headers[col]).strip()}：{value}")
                else:
                    value = spelled
            if entries or source == "address":  # what is written differs from the table's own values
                written[col] = max(written.get(col, 0), display_width(value))
            put(cell, cell_value(value, kind))
            _bordered(cell, styles[col], header_borders[col])
            if kind in ("id", "phone"):
                cell.number_format = "@"
            elif kind == "date" and isinstance(value, dt.date):
                if formats[col] == "@":
                    put(cell, value.isoformat())
                elif not _is_date_format(formats[col]):
                    cell.number_format = "yyyy-mm-dd"
    # A column narrower than what it now holds is widened (never narrowed): dates would print ###,
    # and IDs, addresses and the lists' long spellings would be cut off at the next cell.
    fitted = column_widths(table)
    for col, source in chosen.items():
        own = len(str(len(table.rows))) if source == "serial" else 0 if source == "address" else fitted[source]
        needed = min(max(own, written.get(col, 0) + 2), 60)
        letter = sheet.cell(row=header_row, column=col).column_letter
        if (sheet.column_dimensions[letter].width or 8.43) < needed:
            sheet.column_dimensions[letter].width = needed
    below = first + len(table.rows) + 1
    for offset, cells in enumerate(footer_cells):
        for column, value, style in cells:
            target = sheet.cell(row=below + offset, column=column)
            put(target, value)
            target._style = style
    _fill_info_lines(sheet, info or {}, set(range(first, first + len(table.rows))))
    if not sheet.page_setup.orientation:
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.print_title_rows = f"{header_row}:{header_row}"
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    return TemplateResult(out, unfilled, list(dict.fromkeys(unmatched)))
